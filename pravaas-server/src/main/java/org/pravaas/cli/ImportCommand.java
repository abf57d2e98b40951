package org.pravaas.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.organization.CurrentUser;
import org.pravaas.registry.importing.ImportField;
import org.pravaas.registry.importing.ImportJob;
import org.pravaas.registry.importing.ImportReports;
import org.pravaas.registry.importing.ImportService;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.io.TabularFileException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pravaas import persons FILE}: the registry import from the command line, as a named user. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import records from a file, checked row by row.",
        subcommands = {ImportCommand.Persons.class, ImportDisplacementCommand.class})
class ImportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println(
                "pravaas import: say what to import, e.g. 'pravaas import persons people.csv --as registrar'");
        return 1;
    }

    @Command(
            name = "persons",
            mixinStandardHelpOptions = true,
            description = "Import people from a CSV or XLSX file into the registry of the user's office. Rows with"
                    + " problems are written, with the reason, to FILE.errors.csv; the valid rows are stored. Exit code 0:"
                    + " every row imported or already there; 2: some rows refused; 1: the file could not be read.")
    static class Persons implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file = Path.of("");

        @Option(
                names = "--as",
                required = true,
                paramLabel = "USERNAME",
                description = "The account the import is made as.")
        String username = "";

        @Option(
                names = "--office",
                paramLabel = "CODE",
                description = "Import into this office (default: the user's own).")
        @Nullable
        String office;

        @Option(
                names = "--skip-duplicate-review",
                description = "Do not look for possible duplicates of the new people (for moving in a registry that was"
                        + " already deduplicated).")
        boolean skipReview;

        @Option(names = "--dry-run", description = "Check every row and report, storing nothing.")
        boolean dryRun;

        @Option(
                names = "--map",
                paramLabel = "FIELD=HEADER",
                description = "Map a column by hand, e.g. GIVEN='First name'.")
        Map<ImportField, String> map = new EnumMap<>(ImportField.class);

        @Option(
                names = "--errors",
                paramLabel = "FILE",
                description = "Where to write refused rows (default: FILE.errors.csv).")
        @Nullable
        Path errors;

        @Option(names = "--data-dir")
        @Nullable
        Path dataDir;

        @Override
        public Integer call() throws IOException {
            if (!Files.isReadable(file)) {
                System.err.println(file + ": no such file");
                return 1;
            }
            try (ConfigurableApplicationContext context = SpringContexts.batch(dataDir)) {
                MessageSource messages = context.getBean(MessageSource.class);
                CurrentUser user;
                try {
                    user = context.getBean(BatchIdentity.class).actAs(username);
                } catch (IllegalArgumentException e) {
                    System.err.println("pravaas import: " + e.getMessage());
                    return 1;
                }
                Locale locale = Locale.forLanguageTag(user.language());
                ImportService imports = context.getBean(ImportService.class);
                try {
                    var plan = imports.plan(
                            file,
                            file.getFileName().toString(),
                            map.isEmpty() ? null : map,
                            office == null ? user.officeCode() : office);
                    long start = System.nanoTime();
                    ImportJob job = imports.run(imports.start(plan, dryRun), plan, dryRun, !skipReview);
                    report(job, (System.nanoTime() - start) / 1e9);
                    if (job.rowsInvalid() > 0) {
                        Path out = errors != null ? errors : Path.of(file + ".errors.csv");
                        try (OutputStream stream = Files.newOutputStream(out)) {
                            context.getBean(ImportReports.class).writeErrors(job.id(), stream, locale);
                        }
                        System.out.println("Refused rows, with the reason, in " + out);
                        return 2;
                    }
                    return 0;
                } catch (TabularFileException e) {
                    System.err.println(
                            file + ":" + e.row() + ": " + messages.getMessage(e.messageKey(), e.args(), locale));
                    return 1;
                } catch (RuleViolation e) {
                    List<String> reasons = new ArrayList<>();
                    e.violations().forEach(v -> reasons.add(messages.getMessage(v.messageKey(), v.args(), locale)));
                    System.err.println(file + ": " + String.join(" ", reasons));
                    return 1;
                }
            }
        }

        private void report(ImportJob job, double seconds) {
            System.out.printf(
                    "%s%s: %,d rows read, %,d valid, %,d refused, %,d stored, %,d already in the registry, %,d possible"
                            + " duplicates queued for review (%.1f s, %,.0f rows/s)%n",
                    dryRun ? "Dry run of " : "Imported ",
                    file.getFileName(),
                    job.rowsTotal(),
                    job.rowsValid(),
                    job.rowsInvalid(),
                    job.rowsStored(),
                    job.rowsKnown(),
                    job.duplicates(),
                    seconds,
                    job.rowsTotal() / Math.max(seconds, 0.001));
        }
    }
}
