package org.pravaas.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.pravaas.organization.Administrators;
import org.pravaas.shared.RuleViolation;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pravaas admin create}: the first administrator of a new installation, or another. */
@Command(
        name = "admin",
        mixinStandardHelpOptions = true,
        description = "Administer accounts.",
        subcommands = AdminCommand.Create.class)
class AdminCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("pravaas admin: say what to do, e.g. 'pravaas admin create --help'");
        return 1;
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Create an administrator. On an empty database this also opens the headquarters office."
                    + " The password is read from standard input (or asked for on a terminal).")
    static class Create implements Callable<Integer> {
        @Option(names = "--username", required = true)
        String username = "";

        @Option(names = "--name", required = true, description = "Full name.")
        String fullName = "";

        @Option(names = "--email", required = true)
        String email = "";

        @Option(names = "--office", defaultValue = "HQ", description = "Office code (default: HQ).")
        String office = "HQ";

        @Option(names = "--office-name", defaultValue = "Headquarters")
        String officeName = "Headquarters";

        @Option(names = "--country", description = "Headquarters' ISO country code, for an empty database.")
        @Nullable
        String country;

        @Option(names = "--city", defaultValue = "")
        String city = "";

        @Option(names = "--time-zone", defaultValue = "UTC")
        String timeZone = "UTC";

        @Option(names = "--data-dir")
        @Nullable
        Path dataDir;

        @Override
        public Integer call() throws Exception {
            String password = readPassword();
            try (ConfigurableApplicationContext context = SpringContexts.batch(dataDir)) {
                Administrators administrators = context.getBean(Administrators.class);
                var headquarters = country == null
                        ? null
                        : new Administrators.Headquarters(
                                officeName, country, city.isBlank() ? officeName : city, timeZone);
                try {
                    administrators.create(username, fullName, email, office, password, headquarters);
                } catch (RuleViolation e) {
                    MessageSource messages = context.getBean(MessageSource.class);
                    e.violations()
                            .forEach(v -> System.err.println("pravaas admin create: --" + v.field() + ": "
                                    + messages.getMessage(v.messageKey(), v.args(), java.util.Locale.ENGLISH)));
                    return 1;
                }
                System.out.println("Administrator '" + username + "' created.");
                return 0;
            }
        }

        private static String readPassword() throws java.io.IOException {
            Console console = System.console();
            if (console != null) {
                char[] typed = console.readPassword("Password for the new administrator: ");
                return typed == null ? "" : new String(typed);
            }
            var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line = in.readLine();
            return line == null ? "" : line;
        }
    }
}
