package org.pravaas.cli;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.pravaas.movement.MovementWorkload;
import org.pravaas.organization.BatchIdentity;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Books a charter of N registered travellers (ticketed, with their papers) in a fresh embedded
 * database, fills a day with departures, then times as the demo administrator the charter's
 * manifest as PDF, every pre-departure check of the charter, and the day's departures board.
 */
@Command(
        name = "movement",
        mixinStandardHelpOptions = true,
        description = "Time a charter's manifest PDF and checks, and the day's departures board.")
class MovementBench implements Callable<Integer> {
    @Option(names = "--travellers", defaultValue = "400", description = "Travellers on the charter.")
    int travellers = 400;

    @Option(names = "--departures", defaultValue = "10000", description = "Movements departing on the day.")
    int departures = 10_000;

    @Option(names = "--runs", defaultValue = "20", description = "Timed runs per measure, after 3 warm-up runs.")
    int runs = 20;

    @Override
    public Integer call() throws Exception {
        Path data = Files.createTempDirectory("pravaas-bench-movement-");
        try (ConfigurableApplicationContext context = SpringContexts.batch(data)) {
            MovementWorkload work = context.getBean(MovementWorkload.class);
            context.getBean(BatchIdentity.class).actAs("admin");
            LocalDate day = LocalDate.now().plusDays(1);
            long t = System.nanoTime();
            UUID charter = work.charter(travellers, day);
            System.out.printf(
                    "charter of %d travellers registered and booked in %.1f s%n",
                    travellers, (System.nanoTime() - t) / 1e9);
            try {
                work.fillDay(departures, day, charter);
            } catch (RuntimeException e) {
                System.err.println("filling the day failed: " + e.getMessage());
                throw e;
            }
            Latencies.measure("manifest of the charter as PDF", "size", runs, () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                work.manifestPdf(charter, out);
                return out.size();
            });
            Latencies.measure(
                    "all pre-departure checks of the charter (failures)", "size", runs, () -> work.check(charter));
            Latencies.measure("departures board of the day (legs)", "size", runs, () -> work.board(day));
        } finally {
            GovernanceBench.deleteTree(data);
        }
        return 0;
    }
}
