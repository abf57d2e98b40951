package org.pravaas.match.bench;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.pravaas.match.PopulationGenerator;
import org.pravaas.match.internal.compare.JaroWinkler;
import org.pravaas.match.internal.text.LatinKeys;
import org.pravaas.match.internal.text.Normaliser;

/**
 * The two kernels every comparison and every registration pays for: Jaro-Winkler over name
 * pairs, and normalising plus transliterating a name the caches have not seen. Names come from
 * the population generator (Latin, Arabic, Devanagari, Hangul, Cyrillic…). One thread; run with
 * {@code org.openjdk.jmh.Main KernelBenchmarks} (see docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KernelBenchmarks {
    private static final int BATCH = 4096;
    private final List<String> names = new ArrayList<>();
    private final List<String> nativeNames = new ArrayList<>();
    private char[][] left;
    private char[][] right;

    @Setup
    public void generate() throws Exception {
        StringWriter csv = new StringWriter();
        PopulationGenerator.generate(BATCH * 16, 7, csv);
        List<String> lines = csv.toString().lines().skip(1).toList();
        List<String> header =
                List.of(csv.toString().lines().findFirst().orElseThrow().split(","));
        int given = header.indexOf("given_name");
        int family = header.indexOf("family_name");
        for (String line : lines) {
            String[] f = line.split(",", -1);
            String name = (f[given] + " " + f[family]).strip();
            names.add(name);
            if (nativeNames.size() < BATCH && name.chars().anyMatch(c -> c > 0x024F)) {
                nativeNames.add(name);
            }
        }
        if (nativeNames.size() < BATCH) {
            throw new IllegalStateException("only " + nativeNames.size() + " names in other scripts were generated");
        }
        left = new char[BATCH][];
        right = new char[BATCH][];
        for (int i = 0; i < BATCH; i++) {
            left[i] = names.get(i).toCharArray();
            right[i] = names.get(i + BATCH).toCharArray();
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void jaroWinkler(Blackhole sink) {
        for (int i = 0; i < BATCH; i++) {
            sink.consume(JaroWinkler.similarity(left[i], right[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void normaliseAndTransliterateUncached(Blackhole sink) {
        transliterate(names, sink);
    }

    /** Only names written in Arabic, Devanagari, Hangul, Cyrillic…: the slowest case. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void normaliseAndTransliterateUncachedNativeScripts(Blackhole sink) {
        transliterate(nativeNames, sink);
    }

    private static void transliterate(List<String> batch, Blackhole sink) {
        for (int i = 0; i < BATCH; i++) {
            for (String token : Normaliser.tokens(batch.get(i))) {
                sink.consume(LatinKeys.uncached(token));
            }
        }
    }
}
