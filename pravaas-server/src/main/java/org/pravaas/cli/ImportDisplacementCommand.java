package org.pravaas.cli;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.pravaas.displacement.DisplacementImports;
import org.pravaas.displacement.ImportKind;
import org.pravaas.displacement.ImportReport;
import org.pravaas.displacement.RowProblem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pravaas import displacement FILE --operation CODE --kind assessments|flows}: the
 * enumerators' CSV files, through the same checks as the web upload. Prints each problem as
 * {@code file:row: column: reason}; exit code 0 imported (or dry run clean), 1 refused.
 */
@Command(
        name = "displacement",
        mixinStandardHelpOptions = true,
        description = "Import displacement assessments, daily flow counts, sites or flow points from CSV.")
class ImportDisplacementCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "The CSV file (UTF-8, header row; an HXL hashtag row is skipped).")
    Path file = Path.of("");

    @Option(names = "--operation", description = "Operation code, e.g. BGD-CXB (not for boundaries and sites).")
    String operation = "";

    @Option(
            names = "--kind",
            required = true,
            description =
                    "assessments, flows, flow-surveys, flow-points, sites or boundaries (GeoJSON, one level a file, parents first).")
    String kind = "";

    @Option(names = "--dry-run", description = "Check every row and report, store nothing.")
    boolean dryRun;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the problem messages.")
    String language = "en";

    @Option(names = "--data-dir")
    @Nullable
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        ImportKind what;
        try {
            what = ImportKind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            System.err.println("pravaas import displacement: --kind must be assessments, flows, flow-surveys,"
                    + " flow-points, sites or boundaries");
            return 1;
        }
        if (!Files.isReadable(file)) {
            System.err.println("pravaas import displacement: cannot read " + file);
            return 1;
        }
        try (ConfigurableApplicationContext context = SpringContexts.batch(dataDir);
                Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ImportReport report;
            try {
                report = context.getBean(DisplacementImports.class)
                        .importFileAsOperator(
                                operation, what, reader, dryRun, "cli:" + System.getProperty("user.name"));
            } catch (org.pravaas.shared.NotFoundException e) {
                System.err.println("pravaas import displacement: there is no operation " + operation);
                return 1;
            }
            MessageSource messages = context.getBean(MessageSource.class);
            Locale locale = Locale.forLanguageTag(language);
            for (RowProblem p : report.problems()) {
                System.out.printf(
                        "%s:%d: %s: %s%n",
                        file,
                        p.row(),
                        p.field(),
                        messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale));
            }
            System.out.printf(
                    "%s%s: %d rows read, %d imported, %d already there, %d problems, %.1f s (%.0f rows/s)%n",
                    report.kind(),
                    dryRun ? " (dry run, nothing stored)" : "",
                    report.rows(),
                    report.imported(),
                    report.duplicates(),
                    report.problems().size(),
                    report.millis() / 1000.0,
                    report.rowsPerSecond());
            return report.ok() ? 0 : 1;
        }
    }
}
