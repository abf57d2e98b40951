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
}
