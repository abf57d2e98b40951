package org.pravaas.match;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tuning of a matching run, validated at construction.
 *
 * @param threshold match probability at or above which a pair is reported (0..1)
 * @param blockCap blocks with more records than this are skipped: they carry no information and
 *     would make work grow with n²
 * @param threads worker threads for batch runs
 * @param exhaustiveLimit when left × right is at most this, linking compares every pair instead of
 *     blocking (small sets, where recall matters more than work)
 * @param trainingPairs candidate pairs sampled for EM training
 * @param seed seed for sampling, so that training is reproducible
 */
public record MatchOptions(
        double threshold, int blockCap, int threads, long exhaustiveLimit, int trainingPairs, long seed) {
    private static final Set<String> KEYS =
            Set.of("threshold", "blockCap", "threads", "exhaustiveLimit", "trainingPairs", "seed");

    public MatchOptions {
        if (!(threshold >= 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in [0, 1]");
        if (blockCap < 2) throw new IllegalArgumentException("blockCap must be at least 2");
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        if (exhaustiveLimit < 0) throw new IllegalArgumentException("exhaustiveLimit must not be negative");
        if (trainingPairs < 100) throw new IllegalArgumentException("trainingPairs must be at least 100");
    }

    public static MatchOptions defaults() {
        return new MatchOptions(0.9, 50, Runtime.getRuntime().availableProcessors(), 5_000_000, 150_000, 42);
    }

    /** Options from text settings (a CLI's or a configuration file's); unknown keys are rejected. */
    public static MatchOptions fromMap(Map<String, String> settings) {
        Set<String> unknown = new TreeSet<>(settings.keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty())
            throw new IllegalArgumentException(
                    "unknown matching options: " + unknown + "; known: " + new TreeSet<>(KEYS));
        MatchOptions d = defaults();
        try {
            return new MatchOptions(
                    Double.parseDouble(settings.getOrDefault("threshold", "" + d.threshold)),
                    Integer.parseInt(settings.getOrDefault("blockCap", "" + d.blockCap)),
                    Integer.parseInt(settings.getOrDefault("threads", "" + d.threads)),
                    Long.parseLong(settings.getOrDefault("exhaustiveLimit", "" + d.exhaustiveLimit)),
                    Integer.parseInt(settings.getOrDefault("trainingPairs", "" + d.trainingPairs)),
                    Long.parseLong(settings.getOrDefault("seed", "" + d.seed)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("matching option is not a number: " + e.getMessage(), e);
        }
    }

    public MatchOptions withThreshold(double t) {
        return new MatchOptions(t, blockCap, threads, exhaustiveLimit, trainingPairs, seed);
    }

    public MatchOptions withThreads(int n) {
        return new MatchOptions(threshold, blockCap, n, exhaustiveLimit, trainingPairs, seed);
    }
}
