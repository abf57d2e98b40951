package org.pravaas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.pravaas.health.HealthWorkload;
import org.pravaas.organization.BatchIdentity;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Fills a fresh embedded database (with the demo organisation) with assessments over three years
 * and eight offices, then times, as the demo health officer of Cox's Bazar, the clinic's daily
 * worklist and assessment form saves by many concurrent users through the service (each save is
 * the page's transaction: access check, rules, versioned update, audit entry).
 */
@Command(
        name = "health",
        mixinStandardHelpOptions = true,
        description = "Time the clinic's worklist over N assessments and form saves by concurrent users.")
class HealthBench implements Callable<Integer> {
    private static final List<String> OFFICES =
            List.of("BD-CXB", "JO-AMM", "LB-BEY", "IQ-BGW", "IN-DEL", "KR-SEL", "CO-BOG", "HQ");

    @Option(names = "--assessments", defaultValue = "1000000", description = "Assessments on file.")
    long assessments = 1_000_000;

    @Option(names = "--days", defaultValue = "1095", description = "Days the assessments spread over.")
    int days = 1095;

    @Option(names = "--runs", defaultValue = "50", description = "Timed worklist runs, after 5 warm-up runs.")
    int runs = 50;

    @Option(names = "--users", defaultValue = "50", description = "Concurrent users saving forms.")
    int users = 50;

    @Option(names = "--saves", defaultValue = "40", description = "Form saves per user.")
    int saves = 40;

    @Option(names = "--think-ms", defaultValue = "0", description = "Pause of each user between two saves.")
    int thinkMs;

    @Override
    public Integer call() throws Exception {
        if (assessments < 1000 || assessments > 20_000_000 || users < 1 || users > 500 || saves < 1 || runs < 1) {
            System.err.println(
                    "pravaas bench health: --assessments 1000..20000000, --users 1..500, --saves and --runs ≥ 1");
            return 1;
        }
        Path data = Files.createTempDirectory("pravaas-bench-health-");
        try (ConfigurableApplicationContext context = SpringContexts.batch(data)) {
            HealthWorkload work = context.getBean(HealthWorkload.class);
            LocalDate today = LocalDate.now();
            long start = System.nanoTime();
            long rows = work.fill(assessments, days, today, OFFICES);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            System.out.printf(
                    "assessments on file: %d (%s on disk), filled in %.1f s%n",
                    rows,
                    jdbc.sql("select pg_size_pretty(pg_total_relation_size('health.assessment'))")
                            .query(String.class)
                            .single(),
                    (System.nanoTime() - start) / 1e9);
            BatchIdentity identity = context.getBean(BatchIdentity.class);
            identity.actAs("health");
            worklist(work, today, "worklist of today (first page of 50)");
            worklist(work, today.minusDays(200), "worklist of a past day (first page of 50)");
            saves(work, identity, work.assessmentsOn(today, 200));
        } finally {
            GovernanceBench.deleteTree(data);
        }
        return 0;
    }

    private void worklist(HealthWorkload work, LocalDate day, String name) {
        for (int i = 0; i < 5; i++) work.worklist(day);
        Latencies latencies = new Latencies();
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            size = work.worklist(day);
            latencies.add((System.nanoTime() - t) / 1000);
        }
        print(name, size, latencies);
    }

    private void saves(HealthWorkload work, BatchIdentity identity, List<UUID> ids) throws InterruptedException {
        if (ids.isEmpty()) throw new IllegalStateException("no assessment on today's worklist");
        for (int i = 0; i < Math.min(10, ids.size()); i++) work.saveForm(ids.get(i), work.version(ids.get(i)), i);
        Latencies latencies = new Latencies();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            threads.add(new Thread(
                    () -> {
                        identity.actAs("health");
                        try {
                            go.await();
                        } catch (InterruptedException e) {
                            return;
                        }
                        physician(work, ids, user, latencies, errors);
                    },
                    "physician-" + u));
        }
        threads.forEach(Thread::start);
        long start = System.nanoTime();
        go.countDown();
        for (Thread t : threads) t.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        print("assessment form save, " + users + " users, think " + thinkMs + " ms", latencies.count(), latencies);
        System.out.printf(
                "saves: %d in %.1f s (%.0f/s), errors: %d%n",
                latencies.count(), seconds, latencies.count() / seconds, errors.get());
    }

    /** One physician's saves, each on their own patients: no two users save one assessment. */
    private void physician(HealthWorkload work, List<UUID> ids, int user, Latencies latencies, AtomicInteger errors) {
        java.util.Map<UUID, Long> versions = new java.util.HashMap<>();
        for (int s = 0; s < saves; s++) {
            UUID id = ids.get((user + users * (s % 2)) % ids.size());
            // The version comes with the form page, read before the physician types: not timed.
            long version = versions.computeIfAbsent(id, work::version);
            long t = System.nanoTime();
            try {
                versions.put(id, work.saveForm(id, version, s));
                latencies.add((System.nanoTime() - t) / 1000);
            } catch (RuntimeException e) {
                errors.incrementAndGet();
                versions.remove(id);
            }
            pause();
        }
    }

    private void pause() {
        if (thinkMs <= 0) return;
        try {
            Thread.sleep(thinkMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void print(String name, int rows, Latencies latencies) {
        System.out.printf(
                "%-48s rows=%d runs=%d p50=%.1fms p95=%.1fms max=%.1fms%n",
                name,
                rows,
                latencies.count(),
                latencies.percentileMillis(50),
                latencies.percentileMillis(95),
                latencies.percentileMillis(100));
    }
}
