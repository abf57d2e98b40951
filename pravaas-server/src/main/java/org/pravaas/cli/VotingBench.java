package org.pravaas.cli;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.pravaas.match.PopulationGenerator;
import org.pravaas.organization.Administrators;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.voting.ElectionId;
import org.pravaas.voting.StationId;
import org.pravaas.voting.VoterId;
import org.pravaas.voting.VotingOperations;
import org.pravaas.voting.VotingOperations.RegisterEntry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pravaas bench voting}: an out-of-country vote in a fresh embedded database — voters
 * generated in several scripts, loaded onto the lists of stations in 14 host countries — then
 * check-ins timed at the desk, concurrent attempts to vote twice, and the results aggregated.
 */
@Command(
        name = "voting",
        mixinStandardHelpOptions = true,
        description = "Load N voters across 14 host countries, time check-ins, race concurrent vote attempts,"
                + " time the results.")
class VotingBench implements Callable<Integer> {
    private static final String[] COUNTRIES = {
        "JO", "LB", "TR", "DE", "SE", "US", "GB", "NL", "DK", "AU", "CA", "AE", "IR", "SY"
    };
    private static final String PASSWORD = "fern granite lamp orbit";

    @Option(names = "--voters", defaultValue = "300000", description = "Voters on the lists.")
    int voters = 300_000;

    @Option(names = "--stations-per-country", defaultValue = "2", description = "Stations in each host country.")
    int perCountry = 2;

    @Option(names = "--checkins", defaultValue = "10000", description = "Check-ins timed at the desks.")
    int checkins = 10_000;

    @Option(names = "--desks", defaultValue = "8", description = "Desks checking voters in at the same time.")
    int desks = 8;

    @Option(names = "--contested", defaultValue = "1000", description = "Voters whose votes are raced.")
    int contested = 1_000;

    @Option(names = "--attempts", defaultValue = "10", description = "Attempts per raced voter, at random stations.")
    int attempts = 10;

    @Option(names = "--threads", defaultValue = "32", description = "Threads racing the attempts.")
    int threads = 32;

    @Override
    public Integer call() throws Exception {
        Path data = Files.createTempDirectory("pravaas-bench-voting-");
        try (ConfigurableApplicationContext context = SpringContexts.batch(data, "--pravaas.demo.seed=false")) {
            Administrators admins = context.getBean(Administrators.class);
            admins.create(
                    "bench",
                    "Bench",
                    "bench@example.org",
                    "HQ",
                    PASSWORD,
                    new Administrators.Headquarters("Headquarters", "CH", "Geneva", "UTC"));
            admins.create("bench2", "Bench two", "bench2@example.org", "HQ", PASSWORD, null);
            BatchIdentity identity = context.getBean(BatchIdentity.class);
            identity.actAs("bench");
            VotingOperations ops = context.getBean(VotingOperations.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            ElectionId election = ops.createElection("BENCH-OCV", "IQ", "HQ", false);
            List<StationId> stations = stations(ops, election);
            List<VoterId> ids = load(ops, stations);
            jdbc.sql("vacuum analyze voting.voter").update();
            Random random = new Random(7);
            List<VoterId> shuffled = new ArrayList<>(ids);
            Collections.shuffle(shuffled, random);
            List<VoterId> raced = shuffled.subList(0, contested);
            List<VoterId> checked = shuffled.subList(contested, contested + checkins);
            checkIns(ops, identity, stations, checked);
            VotingProbes.race(ops, identity, stations, raced, jdbc, random, attempts, threads);
            VotingProbes.results(ops, identity, stations, election, jdbc);
        } finally {
            GovernanceBench.deleteTree(data);
        }
        return 0;
    }

    private List<StationId> stations(VotingOperations ops, ElectionId election) {
        List<StationId> out = new ArrayList<>();
        for (String country : COUNTRIES) {
            for (int i = 1; i <= perCountry; i++) {
                out.add(ops.addStation(election, country + "-" + i, country, "City " + i, "HQ"));
            }
        }
        return out;
    }

    /** Generated people (one record each, adults only), spread evenly over the stations. */
    private List<VoterId> load(VotingOperations ops, List<StationId> stations) throws Exception {
        long start = System.nanoTime();
        List<RegisterEntry> people = people(voters);
        System.out.printf("generated %,d voters in %.1f s%n", people.size(), (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        List<VoterId> ids = new ArrayList<>();
        int per = (people.size() + stations.size() - 1) / stations.size();
        for (int s = 0; s < stations.size(); s++) {
            List<RegisterEntry> slice =
                    people.subList(Math.min(s * per, people.size()), Math.min((s + 1) * per, people.size()));
            ids.addAll(ops.load(stations.get(s), slice, "bench"));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "loaded %,d voters onto %d stations in %d host countries in %.1f s (%.0f voters/s)%n",
                ids.size(), stations.size(), COUNTRIES.length, seconds, ids.size() / seconds);
        return ids;
    }

    static List<RegisterEntry> people(int count) throws Exception {
        StringWriter csv = new StringWriter();
        PopulationGenerator.generate(count * 2 + 20_000, 10, csv);
        LocalDate adults = LocalDate.now().minusYears(18);
        Set<String> entities = new HashSet<>();
        List<RegisterEntry> out = new ArrayList<>(count);
        for (String line : csv.toString().split("\n")) {
            String[] f = line.split(",", -1);
            if (out.size() == count) break;
            if (f.length < 9 || line.contains("\"") || f[0].equals("id") || !entities.add(f[1])) continue;
            if (f[2].isBlank() || f[3].isBlank() || f[4].length() != 10) continue;
            LocalDate birth = LocalDate.parse(f[4]);
            if (birth.isAfter(adults)) continue;
            out.add(new RegisterEntry(
                    f[2], f[3], birth, f[5].isBlank() ? "X" : f[5], f[7].isBlank() ? "P" + out.size() : f[7]));
        }
        if (out.size() < count) throw new IllegalStateException("generated only " + out.size() + " voters");
        return out;
    }

    /** The desk's two steps, or one vote by receipt (the API's path), timed at one desk and at several at once. */
    private void checkIns(VotingOperations ops, BatchIdentity identity, List<StationId> stations, List<VoterId> voters)
            throws Exception {
        List<String> receipts = voters.stream().map(ops::receipt).toList();
        for (int warm = 0; warm < 200; warm++) {
            ops.checkInAndVote(stations.get(warm % stations.size()), receipts.get(warm));
        }
        List<String> rest = receipts.subList(200, receipts.size());
        int quarter = rest.size() / 4;
        BiConsumer<StationId, String> desk = ops::checkInAndVote;
        BiConsumer<StationId, String> byReceipt = ops::voteByReceipt;
        timed("desk: look up by receipt, then vote, one desk", rest.subList(0, quarter), 1, desk, identity, stations);
        timed(
                "desk: look up, then vote, " + desks + " desks at once",
                rest.subList(quarter, 2 * quarter),
                desks,
                desk,
                identity,
                stations);
        timed(
                "vote by receipt (API), one desk",
                rest.subList(2 * quarter, 3 * quarter),
                1,
                byReceipt,
                identity,
                stations);
        timed(
                "vote by receipt (API), " + desks + " desks at once",
                rest.subList(3 * quarter, 4 * quarter),
                desks,
                byReceipt,
                identity,
                stations);
    }

    private static void timed(
            String name,
            List<String> receipts,
            int desks,
            BiConsumer<StationId, String> step,
            BatchIdentity identity,
            List<StationId> stations)
            throws Exception {
        Latencies latencies = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(desks);
        AtomicInteger next = new AtomicInteger();
        for (int d = 0; d < desks; d++) {
            int desk = d;
            pool.submit(() -> {
                identity.actAs("bench");
                for (int i = next.getAndIncrement(); i < receipts.size(); i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    step.accept(stations.get((desk * 7 + i) % stations.size()), receipts.get(i));
                    latencies.add((System.nanoTime() - t) / 1000);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        report(name, latencies);
    }

    static void report(String name, Latencies l) {
        System.out.printf(
                "%-48s n=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n",
                name,
                l.count(),
                l.percentileMillis(50),
                l.percentileMillis(95),
                l.percentileMillis(99),
                l.percentileMillis(100));
    }
}
