package org.pravaas.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.voting.ElectionId;
import org.pravaas.voting.StationId;
import org.pravaas.voting.VoterId;
import org.pravaas.voting.VotingOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The voting bench's racing votes and results, each printing its figures. */
final class VotingProbes {
    private VotingProbes() {}

    /** Ten attempts per voter at random stations, all released at once: exactly one vote each must win. */
    static void race(
            VotingOperations ops,
            BatchIdentity identity,
            List<StationId> stations,
            List<VoterId> raced,
            JdbcClient jdbc,
            Random random,
            int attempts,
            int threads)
            throws Exception {
        List<Object[]> tasks = new ArrayList<>();
        for (VoterId v : raced) {
            for (int a = 0; a < attempts; a++)
                tasks.add(new Object[] {v, stations.get(random.nextInt(stations.size()))});
        }
        Collections.shuffle(tasks, random);
        AtomicInteger recorded = new AtomicInteger();
        Map<String, Integer> refusals = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                identity.actAs("bench");
                go.await();
                for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
                    try {
                        var attempt = ops.vote((StationId) tasks.get(i)[1], (VoterId) tasks.get(i)[0]);
                        if (attempt.recorded()) recorded.incrementAndGet();
                        else refusals.merge(String.valueOf(attempt.refusal()), 1, Integer::sum);
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            });
        }
        long start = System.nanoTime();
        go.countDown();
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        long inBook = jdbc.sql("select count(*) from voting.vote where voter_id = any(:ids)")
                .param("ids", raced.stream().map(VoterId::value).toArray(java.util.UUID[]::new))
                .query(Long.class)
                .single();
        System.out.printf(
                "%,d attempts for %,d voters on %d threads in %.1f s: %,d recorded, %s refused, %d errors;"
                        + " poll book holds %,d votes for them%n",
                tasks.size(),
                raced.size(),
                threads,
                seconds,
                recorded.get(),
                new TreeMap<>(refusals),
                errors.get(),
                inBook);
    }

    /** Two copies of each station's form by two clerks, then the results aggregated, timed. */
    static void results(
            VotingOperations ops,
            BatchIdentity identity,
            List<StationId> stations,
            ElectionId election,
            JdbcClient jdbc) {
        Map<StationId, Integer> issued = new TreeMap<>(java.util.Comparator.comparing(StationId::toString));
        for (StationId s : stations) {
            issued.put(
                    s,
                    jdbc.sql("select count(*) from voting.vote where station_id = :s")
                            .param("s", s.value())
                            .query(Integer.class)
                            .single());
        }
        for (String clerk : List.of("bench", "bench2")) {
            identity.actAs(clerk);
            for (StationId s : stations) {
                int n = issued.get(s);
                int yes = n * 3 / 5;
                ops.enterForm(s, n + 20, n, 5, 15, 0, List.of(yes, n - yes));
            }
        }
        identity.actAs("bench");
        ops.totals(election);
        Latencies latencies = new Latencies();
        VotingOperations.Totals totals = null;
        for (int i = 0; i < 20; i++) {
            long t = System.nanoTime();
            totals = ops.totals(election);
            latencies.add((System.nanoTime() - t) / 1000);
        }
        System.out.printf(
                "results: %,d on the lists, %,d votes recorded, %,d ballots issued in counted forms,"
                        + " choices %s, %d host countries%n",
                totals.listed(), totals.votesRecorded(), totals.issued(), totals.perChoice(), totals.countries());
        VotingBench.report("results aggregated (station, country, overall)", latencies);
    }
}
