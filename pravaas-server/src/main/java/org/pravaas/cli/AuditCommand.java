package org.pravaas.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditLog;
import org.pravaas.audit.ChainVerification;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pravaas audit verify}: re-computes the audit chain and says whether it is intact. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "Check the audit log.",
        subcommands = AuditCommand.Verify.class)
class AuditCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("pravaas audit: say what to do, e.g. 'pravaas audit verify'");
        return 1;
    }

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = "Re-compute every hash of the audit log. Exit code 0: intact; 3: an entry was changed,"
                    + " removed or inserted.")
    static class Verify implements Callable<Integer> {
        @Option(names = "--data-dir")
        @Nullable
        Path dataDir;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SpringContexts.batch(dataDir)) {
                ChainVerification result = context.getBean(AuditLog.class).verify();
                return report(result);
            }
        }

        static int report(ChainVerification result) {
            if (result.intact()) {
                System.out.printf(
                        "Audit log intact: %d entries checked. Newest hash: %s%n", result.checked(), result.headHash());
                System.out.println("Keep the newest hash elsewhere: a later check can then tell if recent entries"
                        + " were removed.");
                return 0;
            }
            System.out.printf(
                    "Audit log BROKEN at entry %d: %s. %d entries before it are intact.%n",
                    result.firstBrokenSeq(), result.problem(), result.checked());
            return 3;
        }
    }
}
