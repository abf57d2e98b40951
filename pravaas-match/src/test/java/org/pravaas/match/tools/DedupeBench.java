package org.pravaas.match.tools;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pravaas.match.Clusters;
import org.pravaas.match.MatchOptions;
import org.pravaas.match.Matcher;
import org.pravaas.match.Model;
import org.pravaas.match.PairEvaluation;
import org.pravaas.match.PopulationGenerator;
import org.pravaas.match.PreparedRecords;
import org.pravaas.match.ReadOptions;
import org.pravaas.match.RecordFiles;
import org.pravaas.match.RecordSet;

/**
 * Generates N people, then times read + train + dedupe + cluster and prints quality and heap.
 * Usage: {@code DedupeBench <count> <file>}; run with -Xmx4g to check the memory budget.
 */
public final class DedupeBench {
    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        long t0 = System.nanoTime();
        if (!Files.exists(file)) {
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                PopulationGenerator.generate(count, 7, w);
            }
            System.out.printf("generated %d in %d ms%n", count, ms(t0));
        }
        long t1 = System.nanoTime();
        RecordSet set = RecordFiles.read(file, ReadOptions.defaults());
        System.out.printf("read %d in %d ms%n", set.records().size(), ms(t1));
        long t2 = System.nanoTime();
        MatchOptions options = MatchOptions.defaults();
        PreparedRecords prepared = PreparedRecords.of(set.schema(), set.records());
        System.out.printf("prepared in %d ms%n", ms(t2));
        Model model = Matcher.train(prepared, options);
        System.out.printf("trained in %d ms%n", ms(t2));
        long t3 = System.nanoTime();
        Clusters clusters = new Clusters(options.threshold());
        var stats = new Matcher(model, options).run(prepared, clusters::add);
        System.out.printf("dedupe %s in %d ms%n", stats, ms(t3));
        PairEvaluation e = PairEvaluation.ofClusters(clusters.clusters(), set.truth());
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                "P=%.4f R=%.4f F1=%.4f; total %d ms (after generation %d ms); heap used %d MB of max %d MB%n",
                e.precision(),
                e.recall(),
                e.f1(),
                ms(t0),
                ms(t1),
                (rt.totalMemory() - rt.freeMemory()) >> 20,
                rt.maxMemory() >> 20);
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
