package org.pravaas.cli;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.pravaas.match.PopulationGenerator;
import org.pravaas.organization.Administrators;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.registry.importing.ImportField;
import org.pravaas.registry.importing.ImportJob;
import org.pravaas.registry.importing.ImportService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pravaas bench registry}: grows a registry of generated people through the real import
 * and, at each size, measures the duplicate check, name search, a fresh import and the heap.
 */
@Command(
        name = "registry",
        mixinStandardHelpOptions = true,
        description = "Load generated people (100k, 1M, 10M, …) through the import and measure the duplicate check,"
                + " name search and import at each size. Run with -Xmx2g to check the heap target.")
class RegistryBench implements Callable<Integer> {
    private static final Map<ImportField, String> COLUMNS = columns();

    @Option(
            names = "--sizes",
            split = ",",
            defaultValue = "100000,1000000",
            description = "People loaded at each step.")
    List<Integer> sizes = List.of();

    @Option(names = "--checks", defaultValue = "2000", description = "Duplicate checks timed at each size.")
    int checks = 2000;

    @Option(names = "--searches", defaultValue = "1000", description = "Name searches timed at each size.")
    int searches = 1000;

    @Option(
            names = "--import-rows",
            defaultValue = "50000",
            description = "Rows of the fresh file imported at each size.")
    int importRows = 50_000;

    @Option(names = "--data-dir", description = "Keep the database here (default: a temporary folder, deleted).")
    @Nullable
    Path dataDir;

    @Option(names = "--shared-buffers", defaultValue = "4GB", description = "PostgreSQL shared_buffers for the run.")
    String sharedBuffers = "4GB";

    @Override
    public Integer call() throws Exception {
        Path data = dataDir != null ? dataDir : Files.createTempDirectory("pravaas-bench-registry-");
        Path files = Files.createTempDirectory("pravaas-bench-files-");
        try (ConfigurableApplicationContext context = SpringContexts.batch(
                data, "--pravaas.demo.seed=false", "--pravaas.embedded-db.shared-buffers=" + sharedBuffers)) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            if (!benchUserExists(jdbc)) createBenchUser(context);
            context.getBean(BatchIdentity.class).actAs("bench");
            RegistryProbes probes = new RegistryProbes(context);
            System.out.println(
                    "| people | bulk import rows/s | fresh import rows/s (with duplicate review) | check p50 ms"
                            + " | check p99 ms | checks/s (2 threads) | search p50 ms | search p95 ms | heap used MB |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            // A kept --data-dir carries on from the people it already holds.
            long loaded = jdbc.sql("select count(*) from registry.person")
                    .query(Long.class)
                    .single();
            long seed = 1 + loaded;
            for (int size : sizes) {
                double bulk = size > loaded ? load(context, files, size - loaded, seed++, false) : Double.NaN;
                loaded = Math.max(size, loaded);
                jdbc.sql("vacuum analyze registry.person").update();
                double fresh = load(context, files, importRows, seed++, true);
                loaded += importRows;
                var check = probes.checks(checks);
                var search = probes.searches(searches);
                System.out.printf(
                        "| %,d | %,.0f | %,.0f | %.1f | %.1f | %,.0f | %.1f | %.1f | %,d |%n",
                        loaded,
                        bulk,
                        fresh,
                        check.p50(),
                        check.p99(),
                        check.perSecond(),
                        search.p50(),
                        search.p95(),
                        heapMb());
            }
        } finally {
            GovernanceBench.deleteTree(files);
            if (dataDir == null) GovernanceBench.deleteTree(data);
        }
        return 0;
    }

    private static boolean benchUserExists(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from organization.app_user where username = 'bench'")
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static void createBenchUser(ConfigurableApplicationContext context) {
        context.getBean(Administrators.class)
                .create(
                        "bench",
                        "Bench",
                        "bench@example.org",
                        "HQ",
                        "fern granite lamp orbit",
                        new Administrators.Headquarters("Headquarters", "CH", "Geneva", "UTC"));
    }

    /** Imports {@code rows} generated people; returns rows per second, duplicate review included when asked. */
    private static double load(ConfigurableApplicationContext context, Path dir, long rows, long seed, boolean review)
            throws Exception {
        Path file = dir.resolve("people-" + seed + ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            PopulationGenerator.generate((int) rows, seed * 7919, w);
        }
        ImportService imports = context.getBean(ImportService.class);
        var plan = imports.plan(file, file.getFileName().toString(), COLUMNS);
        UUID job = imports.start(plan, false);
        long start = System.nanoTime();
        ImportJob done = imports.run(job, plan, false, review);
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.delete(file);
        System.err.printf(
                "imported %,d rows in %.1f s (%s duplicate review): %,d stored, %,d refused, %,d pairs%n",
                done.rowsTotal(),
                seconds,
                review ? "with" : "without",
                done.rowsStored(),
                done.rowsInvalid(),
                done.duplicates());
        return done.rowsTotal() / seconds;
    }

    private static long heapMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static Map<ImportField, String> columns() {
        Map<ImportField, String> m = new EnumMap<>(ImportField.class);
        m.put(ImportField.GIVEN, "given_name");
        m.put(ImportField.FAMILY, "family_name");
        m.put(ImportField.BIRTH_DATE, "date_of_birth");
        m.put(ImportField.SEX, "sex");
        m.put(ImportField.NATIONALITY, "nationality");
        m.put(ImportField.DOCUMENT_NUMBER, "passport_number");
        m.put(ImportField.ADDRESS, "city");
        return m;
    }
}
