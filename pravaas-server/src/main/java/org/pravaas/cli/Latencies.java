package org.pravaas.cli;

import java.util.Arrays;

/** Collected response times and their percentiles. */
final class Latencies {
    private long[] micros = new long[1024];
    private int count;

    synchronized void add(long elapsedMicros) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = elapsedMicros;
    }

    synchronized int count() {
        return count;
    }

    /** The p-th percentile in milliseconds (nearest rank). */
    synchronized double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / 1000.0;
    }

    /**
     * Runs {@code query} 3 times to warm up, then {@code runs} times timed, and prints its
     * percentiles with the size the last run returned (rows, lines, bytes: {@code sizeLabel}).
     */
    static void measure(String name, String sizeLabel, int runs, java.util.function.IntSupplier query) {
        for (int i = 0; i < 3; i++) query.getAsInt();
        Latencies latencies = new Latencies();
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            size = query.getAsInt();
            latencies.add((System.nanoTime() - t) / 1000);
        }
        System.out.printf(
                "%-52s %s=%d runs=%d p50=%.1fms p95=%.1fms max=%.1fms%n",
                name,
                sizeLabel,
                size,
                latencies.count(),
                latencies.percentileMillis(50),
                latencies.percentileMillis(95),
                latencies.percentileMillis(100));
    }
}
