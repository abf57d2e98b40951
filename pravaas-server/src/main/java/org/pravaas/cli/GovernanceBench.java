package org.pravaas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.pravaas.governance.GovernanceAsOf;
import org.pravaas.governance.GovernanceHistory;
import org.pravaas.governance.MemberStates;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Loads the 75-year governance history into a fresh embedded database and times each "as of"
 * query over random days since the founding, one query at a time, after a warm-up.
 */
@Command(
        name = "governance",
        mixinStandardHelpOptions = true,
        description = "Time the governance 'as of' queries over 75 years of history (p50, p95, max).")
class GovernanceBench implements Callable<Integer> {
    private static final LocalDate FOUNDED = LocalDate.of(1951, 12, 5);
    private static final List<String> STATES = List.of("US", "AU", "BO", "SO", "KE", "DE", "HT", "VE", "IN", "KR");

    @Option(names = "--runs", defaultValue = "1000", description = "Timed runs per query (after as many warm-up runs).")
    int runs = 1000;

    @Option(names = "--seed", defaultValue = "75")
    long seed = 75;

    @Override
    public Integer call() throws Exception {
        if (runs < 10 || runs > 100_000) {
            System.err.println("pravaas bench governance: --runs 10..100000");
            return 1;
        }
        Path data = Files.createTempDirectory("pravaas-bench-governance-");
        try (ConfigurableApplicationContext context = SpringContexts.batch(data, "--pravaas.demo.seed=false")) {
            long start = System.nanoTime();
            context.getBean(GovernanceHistory.class).loadDemoHistory();
            System.out.printf(
                    "history loaded in %.1f s: %s%n",
                    (System.nanoTime() - start) / 1e9,
                    context.getBean(GovernanceHistory.class).size());
            queries(context).forEach(this::measure);
        } finally {
            deleteTree(data);
        }
        return 0;
    }

    /** The throw-away database goes once the context has stopped it. */
    static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private Map<String, Consumer<LocalDate>> queries(ConfigurableApplicationContext context) {
        MemberStates members = context.getBean(MemberStates.class);
        GovernanceAsOf asOf = context.getBean(GovernanceAsOf.class);
        Random pick = new Random(seed);
        Map<String, Consumer<LocalDate>> queries = new LinkedHashMap<>();
        queries.put("members and observers on a day, each with its voting right", members::on);
        queries.put(
                "voting right of one state on a day",
                day -> members.votingRight(STATES.get(pick.nextInt(STATES.size())), day));
        queries.put(
                "is a state a member on a day", day -> members.isMember(STATES.get(pick.nextInt(STATES.size())), day));
        queries.put(
                "members per year 1951 to today (the chart)",
                day -> members.perYear(1951, LocalDate.now().getYear()));
        queries.put("Executive Committee composition on a day", day -> asOf.composition("EXCOM", day));
        queries.put("Standing Committee composition on a day (all members)", day -> asOf.composition("SCPF", day));
        queries.put("name and leaders on a day", day -> {
            asOf.name(day);
            asOf.leaders(day);
        });
        return queries;
    }

    private void measure(String name, Consumer<LocalDate> query) {
        Random days = new Random(seed);
        long span = ChronoUnit.DAYS.between(FOUNDED, LocalDate.now());
        for (int i = 0; i < runs; i++) {
            query.accept(FOUNDED.plusDays((long) (days.nextDouble() * span)));
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < runs; i++) {
            LocalDate day = FOUNDED.plusDays((long) (days.nextDouble() * span));
            long t = System.nanoTime();
            query.accept(day);
            latencies.add((System.nanoTime() - t) / 1000);
        }
        System.out.printf(
                "%-62s runs=%d p50=%.2fms p95=%.2fms max=%.2fms%n",
                name,
                latencies.count(),
                latencies.percentileMillis(50),
                latencies.percentileMillis(95),
                latencies.percentileMillis(100));
    }
}
