package org.pravaas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.pravaas.casework.programme.ProgrammeWorkload;
import org.pravaas.organization.BatchIdentity;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Fills a fresh embedded database with emergency sites, stock and distributions and with
 * resettlement submissions, then times as the demo administrator the stock report (all sites and
 * one), a distribution through the service (site lock, remaining stock, insert, audit, timeline),
 * and the year's quota table.
 */
@Command(
        name = "programmes",
        mixinStandardHelpOptions = true,
        description = "Time the emergency stock report, a distribution and the resettlement quota table.")
class ProgrammeBench implements Callable<Integer> {
    @Option(names = "--sites", defaultValue = "200", description = "Emergency distribution sites.")
    int sites = 200;

    @Option(names = "--cases", defaultValue = "100000", description = "Open emergency cases.")
    int cases = 100_000;

    @Option(names = "--distributions", defaultValue = "1000000", description = "Distributions recorded.")
    int distributions = 1_000_000;

    @Option(names = "--submissions", defaultValue = "100000", description = "Resettlement submissions this year.")
    int submissions = 100_000;

    @Option(names = "--runs", defaultValue = "20", description = "Timed runs per measure, after 3 warm-up runs.")
    int runs = 20;

    @Override
    public Integer call() throws Exception {
        Path data = Files.createTempDirectory("pravaas-bench-programmes-");
        try (ConfigurableApplicationContext context = SpringContexts.batch(data)) {
            ProgrammeWorkload work = context.getBean(ProgrammeWorkload.class);
            context.getBean(BatchIdentity.class).actAs("admin");
            long t = System.nanoTime();
            work.fillEmergency(sites, cases, distributions);
            System.out.printf(
                    "%d sites, %d cases, %d distributions written in %.1f s%n",
                    sites, cases, distributions, (System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            work.fillResettlement(submissions);
            System.out.printf(
                    "%d resettlement submissions written in %.1f s%n", submissions, (System.nanoTime() - t) / 1e9);
            UUID site = work.anySite();
            List<UUID> someCases = work.benchCases(1000);
            List<UUID> allSites = work.benchSites();
            Latencies.measure("stock report, every site (lines)", "size", runs, work::stockReport);
            Latencies.measure("stock report, one site (lines)", "size", runs, () -> work.siteReport(site));
            Latencies.measure(
                    "one distribution (lock, remaining, insert, audit)",
                    "size",
                    runs,
                    () -> work.distribute(someCases, allSites));
            Latencies.measure("resettlement quota table of the year (countries)", "size", runs, work::quotaTable);
        } finally {
            GovernanceBench.deleteTree(data);
        }
        return 0;
    }
}
