package org.pravaas.cli;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.pravaas.casework.CaseworkWorkload;
import org.pravaas.organization.BatchIdentity;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Starts Pravaas with the demo on a fresh embedded database on a loopback port, adds cases and
 * tasks by set-based SQL, then times an office's caseload dashboard (service and HTTP), the case
 * page through HTTP with signed-in users, and stage changes by concurrent users through the
 * service (each is the page's transaction: access, lock, rules, history, timeline, audit, events).
 */
@Command(
        name = "casework",
        mixinStandardHelpOptions = true,
        description = "Time the caseload dashboard, the case page and stage changes over N cases and tasks.")
class CaseworkBench implements java.util.concurrent.Callable<Integer> {
    private static final List<String> OFFICES =
            List.of("BD-CXB", "JO-AMM", "LB-BEY", "IQ-BGW", "IN-DEL", "KR-SEL", "CO-BOG", "HQ");

    @Option(names = "--cases", defaultValue = "1000000", description = "Cases on file.")
    long cases = 1_000_000;

    @Option(names = "--tasks-per-case", defaultValue = "5", description = "Tasks per case.")
    int tasksPerCase = 5;

    @Option(names = "--runs", defaultValue = "30", description = "Timed dashboard runs, after 5 warm-up runs.")
    int runs = 30;

    @Option(names = "--page-users", defaultValue = "10", description = "Concurrent users reading case pages.")
    int pageUsers = 10;

    @Option(names = "--pages", defaultValue = "100", description = "Case pages per user.")
    int pages = 100;

    @Option(names = "--users", defaultValue = "50", description = "Concurrent users changing stages.")
    int users = 50;

    @Option(names = "--moves", defaultValue = "20", description = "Stage changes per user.")
    int moves = 20;

    @Option(names = "--think-ms", defaultValue = "0", description = "Pause of each user between two stage changes.")
    int thinkMs;

    @Override
    public Integer call() throws Exception {
        if (cases < 1000 || cases > 20_000_000 || users < 1 || users > 500 || pageUsers < 1 || pageUsers > 200) {
            System.err.println("pravaas bench casework: --cases 1000..20000000, --users 1..500, --page-users 1..200");
            return 1;
        }
        Path data = Files.createTempDirectory("pravaas-bench-casework-");
        try (ConfigurableApplicationContext context = SpringContexts.server(
                0,
                data,
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--spring.profiles.active=demo")) {
            CaseworkWorkload work = context.getBean(CaseworkWorkload.class);
            BatchIdentity identity = context.getBean(BatchIdentity.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            identity.actAs("admin");
            long start = System.nanoTime();
            long rows = work.fill(cases, tasksPerCase, OFFICES);
            work.analyze();
            System.out.printf(
                    "cases: %d, tasks: %d, stage history rows: %d (%s on disk), filled in %.1f s%n",
                    rows,
                    jdbc.sql("select count(*) from casework.task")
                            .query(Long.class)
                            .single(),
                    jdbc.sql("select count(*) from casework.stage_history")
                            .query(Long.class)
                            .single(),
                    jdbc.sql("select pg_size_pretty(pg_total_relation_size('casework.case_file')"
                                    + " + pg_total_relation_size('casework.task')"
                                    + " + pg_total_relation_size('casework.stage_history'))")
                            .query(String.class)
                            .single(),
                    (System.nanoTime() - start) / 1e9);
            URI base = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
            dashboard(work, base);
            casePages(base, work.casesAt("resettlement", "decision", pageUsers * pages));
            stageChanges(work, identity, work.casesAt("avrr", "reintegration_plan", users * moves));
        } finally {
            GovernanceBench.deleteTree(data);
        }
        return 0;
    }

    private void dashboard(CaseworkWorkload work, URI base) throws Exception {
        UUID office = work.office("LB-BEY");
        for (int i = 0; i < 5; i++) work.dashboard("resettlement", office);
        Latencies service = new Latencies();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.dashboard("resettlement", office);
            service.add((System.nanoTime() - t) / 1000);
        }
        print("dashboard LB-BEY resettlement (service)", runs, service);
        HttpClient client = signedIn(base);
        Latencies http = new Latencies();
        for (int i = 0; i < runs + 5; i++) {
            long t = System.nanoTime();
            get(client, base, "/cases/dashboard?programme=resettlement&office=LB-BEY");
            if (i >= 5) http.add((System.nanoTime() - t) / 1000);
        }
        print("dashboard LB-BEY resettlement (HTTP page)", runs, http);
    }

    private void casePages(URI base, List<UUID> ids) throws Exception {
        Latencies latencies = new Latencies();
        AtomicInteger errors = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < pageUsers; u++) {
            int user = u;
            threads.add(new Thread(
                    () -> {
                        try {
                            HttpClient client = signedIn(base);
                            for (int n = 0; n < pages; n++) {
                                UUID id = ids.get((user * pages + n) % ids.size());
                                long t = System.nanoTime();
                                get(client, base, "/cases/" + id);
                                latencies.add((System.nanoTime() - t) / 1000);
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    },
                    "reader-" + u));
        }
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        for (Thread t : threads) t.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        print("case page (HTTP), " + pageUsers + " users", latencies.count(), latencies);
        System.out.printf(
                "pages: %d in %.1f s (%.0f/s), errors: %d%n",
                latencies.count(), seconds, latencies.count() / seconds, errors.get());
    }

    private void stageChanges(CaseworkWorkload work, BatchIdentity identity, List<UUID> ids)
            throws InterruptedException {
        if (ids.size() < users) throw new IllegalStateException("too few AVRR cases at reintegration_plan");
        Latencies latencies = new Latencies();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            threads.add(new Thread(
                    () -> {
                        identity.actAs("admin");
                        try {
                            go.await();
                            // Paced users arrive spread over one pause, as people do, not in one millisecond.
                            if (thinkMs > 0) Thread.sleep((long) thinkMs * user / users);
                        } catch (InterruptedException e) {
                            return;
                        }
                        for (int m = 0; m < moves; m++) {
                            UUID id = ids.get((user + users * m) % ids.size());
                            long version = work.version(id);
                            long t = System.nanoTime();
                            try {
                                work.move(id, version, "assistance");
                                latencies.add((System.nanoTime() - t) / 1000);
                            } catch (RuntimeException e) {
                                errors.incrementAndGet();
                            }
                            pause();
                        }
                    },
                    "caseworker-" + u));
        }
        threads.forEach(Thread::start);
        long start = System.nanoTime();
        go.countDown();
        for (Thread t : threads) t.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        print("stage change, " + users + " users, think " + thinkMs + " ms", latencies.count(), latencies);
        System.out.printf(
                "changes: %d in %.1f s (%.0f/s), errors: %d%n",
                latencies.count(), seconds, latencies.count() / seconds, errors.get());
    }

    private void pause() {
        if (thinkMs <= 0) return;
        try {
            Thread.sleep(thinkMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpClient signedIn(URI base) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpBench.signIn(client, base, "admin", "pravaas-demo");
        return client;
    }

    private static void get(HttpClient client, URI base, String path) throws Exception {
        HttpResponse<Void> r = client.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 200) throw new IllegalStateException(path + " answered " + r.statusCode());
    }

    private static void print(String name, int rows, Latencies latencies) {
        System.out.printf(
                "%-48s n=%d p50=%.1fms p95=%.1fms max=%.1fms%n",
                name,
                rows,
                latencies.percentileMillis(50),
                latencies.percentileMillis(95),
                latencies.percentileMillis(100));
    }
}
