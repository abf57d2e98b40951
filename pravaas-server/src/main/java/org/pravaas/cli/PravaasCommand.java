package org.pravaas.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top of the {@code pravaas} command tree. */
@Command(
        name = "pravaas",
        mixinStandardHelpOptions = true,
        versionProvider = PravaasCommand.Version.class,
        description = "Pravaas: registration, casework, movements, health, displacement tracking and more for"
                + " migration operations.",
        subcommands = {
            ServeCommand.class,
            AdminCommand.class,
            AuditCommand.class,
            LinkCommand.class,
            DedupeCommand.class,
            GenerateCommand.class,
            EvaluateCommand.class,
            ImportCommand.class,
            BenchCommand.class
        })
public class PravaasCommand implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code: 0 done, 1 bad input, 2 failure. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new PravaasCommand());
        cli.setParameterExceptionHandler((e, given) -> {
            e.getCommandLine().getErr().println("pravaas: " + e.getMessage());
            e.getCommandLine()
                    .getErr()
                    .println("See: pravaas " + e.getCommandLine().getCommandName() + " --help");
            return 1;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Spring has already explained a failed start above; do not repeat its stack of causes.
            boolean springFailure = e instanceof org.springframework.core.NestedRuntimeException
                    || e instanceof org.pravaas.shared.db.DataDirectoryInUseException;
            commandLine
                    .getErr()
                    .println("pravaas: " + (springFailure ? "stopped, see the messages above" : e.getMessage()));
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = PravaasCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Pravaas " + (version == null ? "development build" : version)};
        }
    }
}
