package org.pravaas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.pravaas.skills.SkillsDemo;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Generates profiles and openings in a fresh embedded database, then times the ranking of all
 * profiles for one opening (read from the database, ranked, explained) and the batch matching of
 * every opening on all cores.
 */
@Command(
        name = "skills",
        mixinStandardHelpOptions = true,
        description = "Rank N profiles for an opening (p50, p95, max) and match M openings in batch.")
class SkillsBench implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--profiles", defaultValue = "100000", description = "Profiles to generate.")
    int profiles = 100_000;

    @Option(names = "--openings", defaultValue = "1000", description = "Openings to generate and match in batch.")
    int openings = 1000;

    @Option(names = "--runs", defaultValue = "200", description = "Timed single rankings, after as many warm-up runs.")
    int runs = 200;

    @Option(names = "--top", defaultValue = "20", description = "Candidates listed per opening.")
    int top = 20;

    @Override
    public Integer call() throws Exception {
        Path data = Files.createTempDirectory("pravaas-bench-skills-");
        try (ConfigurableApplicationContext context = SpringContexts.batch(data, "--pravaas.demo.seed=false")) {
            SkillsDemo skills = context.getBean(SkillsDemo.class);
            long start = System.nanoTime();
            skills.generate(profiles, openings, UUID.randomUUID(), 0.42);
            System.out.printf("%d profiles and %d openings generated in %.1f s%n", profiles, openings, secs(start));
            start = System.nanoTime();
            int pool = skills.poolSize();
            System.out.printf("candidate pool (consenting profiles): %d loaded in %.1f s%n", pool, secs(start));
            List<UUID> ids = skills.openOpenings();
            for (int i = 0; i < runs; i++) skills.rank(ids.get(i % ids.size()), top);
            Latencies latencies = new Latencies();
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                skills.rank(ids.get((i * 7919) % ids.size()), top);
                latencies.add((System.nanoTime() - t) / 1000);
            }
            System.out.printf(
                    "rank %d profiles for one opening (top %d, explained): runs=%d p50=%.1fms p95=%.1fms max=%.1fms%n",
                    pool,
                    top,
                    runs,
                    latencies.percentileMillis(50),
                    latencies.percentileMillis(95),
                    latencies.percentileMillis(100));
            skills.rankAll(top);
            for (int round = 1; round <= 3; round++) {
                start = System.nanoTime();
                long listed = skills.rankAll(top);
                System.out.printf(
                        "batch: %d openings x %d profiles on %d cores: %.2f s (%d candidates listed)%n",
                        ids.size(), pool, Runtime.getRuntime().availableProcessors(), secs(start), listed);
            }
        } finally {
            GovernanceBench.deleteTree(data);
        }
        return 0;
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
