package org.pravaas.cli;

import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pravaas.match.Clusters;
import org.pravaas.match.MatchOptions;
import org.pravaas.match.MatchStats;
import org.pravaas.match.Matcher;
import org.pravaas.match.Model;
import org.pravaas.match.PairEvaluation;
import org.pravaas.match.PopulationGenerator;
import org.pravaas.match.PreparedRecords;
import org.pravaas.match.ReadOptions;
import org.pravaas.match.RecordFiles;
import org.pravaas.match.RecordSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Dedupe of generated populations of growing size, in this process: time of each step, the
 * heap it needed at its peak, and F1 against the generator's truth.
 */
@Command(
        name = "match",
        mixinStandardHelpOptions = true,
        description = "Dedupe generated populations (default 10k, 100k, 1M): time, peak heap and F1.")
class MatchBench implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000")
    List<Integer> sizes = List.of();

    @Option(names = "--seed", defaultValue = "1")
    long seed = 1;

    @Option(names = "--threshold", defaultValue = "0.5")
    double threshold = 0.5;

    @Override
    public Integer call() throws Exception {
        if (sizes.stream().anyMatch(n -> n < 100 || n > 10_000_000)) {
            System.err.println("pravaas bench match: --sizes from 100 to 10,000,000");
            return 1;
        }
        Path folder = Files.createTempDirectory("pravaas-match-bench-");
        System.out.printf(
                "max heap %d MB, %d cores%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        System.out.println("records,read_s,prepare_s,train_s,dedupe_s,total_s,compared_pairs,kept_pairs,peak_heap_mb,"
                + "precision,recall,f1");
        for (int size : sizes) {
            Path file = folder.resolve("people-" + size + ".csv");
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                PopulationGenerator.generate(size, seed, out);
            }
            System.gc();
            run(file);
            Files.delete(file);
        }
        Files.delete(folder);
        return 0;
    }

    private void run(Path file) throws Exception {
        resetPeaks();
        long t0 = System.nanoTime();
        RecordSet set = RecordFiles.read(file, ReadOptions.defaults());
        long t1 = System.nanoTime();
        PreparedRecords prepared = PreparedRecords.of(set.schema(), set.records());
        long t2 = System.nanoTime();
        MatchOptions options = MatchOptions.defaults().withThreshold(threshold);
        Model model = Matcher.train(prepared, options);
        long t3 = System.nanoTime();
        Clusters clusters = new Clusters(threshold);
        long[] kept = {0};
        MatchStats stats = new Matcher(model, options).run(prepared, pair -> {
            kept[0]++;
            clusters.add(pair);
        });
        long t4 = System.nanoTime();
        PairEvaluation quality = PairEvaluation.ofClusters(clusters.clusters(), set.truth());
        System.out.printf(
                "%d,%.2f,%.2f,%.2f,%.2f,%.2f,%d,%d,%d,%.4f,%.4f,%.4f%n",
                set.records().size(),
                s(t0, t1),
                s(t1, t2),
                s(t2, t3),
                s(t3, t4),
                s(t0, t4),
                stats.comparedPairs(),
                kept[0],
                peakHeapMb(),
                quality.precision(),
                quality.recall(),
                quality.f1());
    }

    private static double s(long from, long to) {
        return (to - from) / 1e9;
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }
}
