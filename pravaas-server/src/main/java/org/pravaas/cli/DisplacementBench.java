package org.pravaas.cli;

import java.io.BufferedWriter;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.pravaas.displacement.DisplacementDemo;
import org.pravaas.displacement.DisplacementImports;
import org.pravaas.displacement.FlowStatistics;
import org.pravaas.displacement.ImportKind;
import org.pravaas.displacement.ImportReport;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Loads the demo operation into a fresh embedded database, imports generated daily flow counts
 * through the enumerators' import path (CSV → checks → COPY → merge with the monthly rollup)
 * in files of a million rows, then times totals by admin-1 and month and an operation's dashboard.
 */
@Command(
        name = "displacement",
        mixinStandardHelpOptions = true,
        description = "Import N flow observations, then time totals by admin-1 and month and the dashboard.")
class DisplacementBench implements java.util.concurrent.Callable<Integer> {
    private static final String[] NATIONALITIES = {"BD", "MM", "IN", "NP", "PK", "LK", "TH", "MY", "CN", "AF"};
    private static final String[] ADMIN1 = {"BD10", "BD20", "BD30", "BD40", "BD45", "BD50", "BD55", "BD60"};
    private static final double[][] CENTRES = {
        {22.483, 90.417}, {22.193, 91.851}, {23.714, 90.329}, {22.757, 89.343},
        {24.733, 90.35}, {24.486, 88.986}, {25.683, 89.167}, {24.25, 91.567}
    };

    @Option(names = "--rows", defaultValue = "10000000", description = "Flow observations to import.")
    long rows = 10_000_000;

    @Option(names = "--file-rows", defaultValue = "1000000", description = "Rows per imported file.")
    int fileRows = 1_000_000;

    @Option(names = "--runs", defaultValue = "20", description = "Timed runs per query, after 3 warm-up runs.")
    int runs = 20;

    @Override
    public Integer call() throws Exception {
        Path data = Files.createTempDirectory("pravaas-bench-displacement-");
        try (ConfigurableApplicationContext context = SpringContexts.batch(data, "--pravaas.demo.seed=false")) {
            LocalDate today = LocalDate.now();
            context.getBean(DisplacementDemo.class).load(today, false);
            DisplacementImports imports = context.getBean(DisplacementImports.class);
            imports.importFileAsOperator(
                    DisplacementDemo.OPERATION, ImportKind.FLOW_POINTS, new StringReader(points()), false, "bench");
            importAll(imports, data, today);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            jdbc.sql("vacuum analyze displacement.flow_count").update();
            jdbc.sql("vacuum analyze displacement.flow_month").update();
            System.out.printf(
                    "flow_count: %s rows, %s on disk; flow_month: %s rows%n",
                    jdbc.sql("select count(*) from displacement.flow_count")
                            .query(Long.class)
                            .single(),
                    jdbc.sql("select pg_size_pretty(pg_total_relation_size('displacement.flow_count'))")
                            .query(String.class)
                            .single(),
                    jdbc.sql("select count(*) from displacement.flow_month")
                            .query(Long.class)
                            .single());
            FlowStatistics stats = context.getBean(FlowStatistics.class);
            System.out.println("rollup equals scan of the daily counts: "
                    + stats.byAdmin1AndMonth().equals(stats.byAdmin1AndMonthFromCounts()));
            Latencies.measure(
                    "totals by admin-1 and month (monthly rollup)", "rows", runs, () -> stats.byAdmin1AndMonth()
                            .size());
            Latencies.measure(
                    "totals by admin-1 and month (scan of daily counts)",
                    "rows",
                    3,
                    () -> stats.byAdmin1AndMonthFromCounts().size());
            DisplacementDemo demo = context.getBean(DisplacementDemo.class);
            Latencies.measure(
                    "dashboard of the operation (all its queries)",
                    "rows",
                    runs,
                    () -> demo.dashboard(DisplacementDemo.OPERATION));
        } finally {
            GovernanceBench.deleteTree(data);
        }
        return 0;
    }

    private void importAll(DisplacementImports imports, Path data, LocalDate today) throws Exception {
        long start = System.nanoTime();
        long done = 0;
        int file = 0;
        int perDay = 20 * 2 * NATIONALITIES.length * 3 * ADMIN1.length;
        LocalDate first = today.minusDays(rows / perDay + 1);
        Path csv = data.resolve("flows.csv");
        while (done < rows) {
            long n = Math.min(fileRows, rows - done);
            write(csv, done, n, first);
            ImportReport report;
            try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                report = imports.importFileAsOperator(
                        DisplacementDemo.OPERATION, ImportKind.FLOWS, reader, false, "bench");
            }
            if (!report.ok()) {
                throw new IllegalStateException(
                        "bench rows refused: " + report.problems().subList(0, 3));
            }
            done += n;
            System.out.printf(
                    "file %d: %d rows imported in %.1f s (%.0f rows/s)%n",
                    ++file, report.imported(), report.millis() / 1000.0, report.rowsPerSecond());
            if (file == 1) {
                try (Reader again = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                    ImportReport twice = imports.importFileAsOperator(
                            DisplacementDemo.OPERATION, ImportKind.FLOWS, again, false, "bench");
                    System.out.printf(
                            "same file again: %d new, %d already there, %.1f s (%.0f rows/s)%n",
                            twice.imported(), twice.duplicates(), twice.millis() / 1000.0, twice.rowsPerSecond());
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "imported %d flow observations in %.1f s: %.0f rows/s overall%n", done, seconds, done / seconds);
    }

    /** Rows in day order: 20 points × 2 directions × 10 nationalities × 3 transports × 8 destinations a day. */
    private static void write(Path csv, long from, long n, LocalDate first) throws Exception {
        int perDay = 20 * 2 * NATIONALITIES.length * 3 * ADMIN1.length;
        java.util.Random random = new java.util.Random(from);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("point,date,direction,nationality,transport,destination_pcode,female_children,male_children,"
                    + "female_adults,male_adults,female_elderly,male_elderly\n");
            StringBuilder line = new StringBuilder(96);
            for (long i = from; i < from + n; i++) {
                long r = i % perDay;
                int destination = (int) (r % ADMIN1.length);
                int transport = (int) (r / ADMIN1.length % 3);
                int nationality = (int) (r / (ADMIN1.length * 3) % NATIONALITIES.length);
                int direction = (int) (r / (ADMIN1.length * 3 * NATIONALITIES.length) % 2);
                int point = (int) (r / (ADMIN1.length * 3 * NATIONALITIES.length * 2));
                line.setLength(0);
                line.append("BENCH-")
                        .append(point)
                        .append(',')
                        .append(first.plusDays(i / perDay))
                        .append(',')
                        .append(direction == 0 ? "IN" : "OUT")
                        .append(',')
                        .append(NATIONALITIES[nationality])
                        .append(',')
                        .append(transport == 0 ? "FOOT" : transport == 1 ? "BUS" : "BOAT")
                        .append(',')
                        .append(ADMIN1[destination]);
                for (int c = 0; c < 6; c++) {
                    line.append(',').append(random.nextInt(c < 4 ? 30 : 6));
                }
                out.append(line).append('\n');
            }
        }
    }

    /** Twenty bench points, two and a half per admin-1 area, near each area's centre. */
    private static String points() {
        StringBuilder csv = new StringBuilder("code,name,kind,area_pcode,latitude,longitude\n");
        for (int p = 0; p < 20; p++) {
            int a = p % ADMIN1.length;
            double offset = 0.02 * (p / ADMIN1.length);
            csv.append("BENCH-")
                    .append(p)
                    .append(",Bench point ")
                    .append(p)
                    .append(",TRANSIT,")
                    .append(ADMIN1[a])
                    .append(',')
                    .append(CENTRES[a][0] + offset)
                    .append(',')
                    .append(CENTRES[a][1] + offset)
                    .append('\n');
        }
        return csv.toString();
    }
}
