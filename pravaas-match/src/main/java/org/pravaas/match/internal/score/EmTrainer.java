package org.pravaas.match.internal.score;

import java.util.HashMap;
import java.util.Map;

/**
 * Fellegi-Sunter m probabilities and the share of matches among candidate pairs, by
 * expectation-maximisation on unlabelled candidate pairs. The non-match distribution among
 * candidates is estimated too (candidates agree on blocking fields far more than random pairs
 * do; fixing it to the random-pair u would push every same-name pair into the match class), but
 * only m is kept: scoring uses u from random pairs.
 */
public final class EmTrainer {
    private static final int ITERATIONS = 40;
    private static final double FLOOR = 1e-4;
    private static final double M_FLOOR = 2e-3;

    private final int[] levelCounts;
    private final Map<Long, int[]> patterns = new HashMap<>();

    public EmTrainer(int[] levelCounts) {
        this.levelCounts = levelCounts.clone();
    }

    /** Adds one compared pair; levels are -1 for missing. */
    public void add(int[] levels) {
        long key = 0;
        for (int level : levels) key = key * 16 + (level + 1);
        patterns.computeIfAbsent(key, k -> new int[] {0})[0]++;
    }

    /** Runs EM from a start that trusts agreement; returns m and writes the candidate match share into lambda[0]. */
    public double[][] train(double[][] randomU, double[] lambda) {
        double[][] m = initialM();
        int[][] levels = decode();
        int[] counts = patterns.values().stream().mapToInt(c -> c[0]).toArray();
        // Non-matches among candidates start as the candidates' own level distribution: they agree
        // on names about as often as candidates do, so name agreement alone cannot look like a match.
        double[][] u = marginals(levels, counts, randomU.length);
        lambda[0] = 0.05;
        for (int it = 0; it < ITERATIONS; it++) lambda[0] = step(levels, counts, m, u, lambda[0]);
        return m;
    }

    /** One E and M step: updates m and u in place and returns the new match share. */
    private static double step(int[][] levels, int[] counts, double[][] m, double[][] u, double lambda) {
        double[][] mNext = zeros(m);
        double[][] uNext = zeros(m);
        double matches = 0;
        double total = 0;
        for (int p = 0; p < levels.length; p++) {
            double post = posterior(levels[p], m, u, lambda);
            matches += post * counts[p];
            total += counts[p];
            for (int f = 0; f < m.length; f++) {
                if (levels[p][f] < 0) continue;
                mNext[f][levels[p][f]] += post * counts[p];
                uNext[f][levels[p][f]] += (1 - post) * counts[p];
            }
        }
        for (int f = 0; f < m.length; f++) {
            m[f] = floored(normalised(mNext[f]));
            u[f] = normalised(uNext[f]);
        }
        return Math.min(0.999, Math.max(1e-6, matches / total));
    }

    private static double[][] zeros(double[][] shape) {
        double[][] out = new double[shape.length][];
        for (int f = 0; f < shape.length; f++) out[f] = new double[shape[f].length];
        return out;
    }

    private double[][] marginals(int[][] levels, int[] counts, int fields) {
        double[][] out = new double[fields][];
        for (int f = 0; f < fields; f++) {
            double[] c = new double[levelCounts[f]];
            for (int p = 0; p < levels.length; p++) if (levels[p][f] >= 0) c[levels[p][f]] += counts[p];
            out[f] = normalised(c);
        }
        return out;
    }

    static double posterior(int[] levels, double[][] m, double[][] u, double lambda) {
        double logRatio = Math.log(lambda / (1 - lambda));
        for (int f = 0; f < levels.length; f++) {
            if (levels[f] >= 0) logRatio += Math.log(m[f][levels[f]] / u[f][levels[f]]);
        }
        return 1 / (1 + Math.exp(-logRatio));
    }

    private double[][] initialM() {
        double[][] m = new double[levelCounts.length][];
        for (int f = 0; f < m.length; f++) {
            double[] row = new double[levelCounts[f]];
            for (int l = 0; l < row.length; l++) row[l] = Math.pow(4, l);
            m[f] = normalised(row);
        }
        return m;
    }

    static double[] normalised(double[] counts) {
        double sum = 0;
        for (double c : counts) sum += c + FLOOR;
        double[] out = new double[counts.length];
        for (int i = 0; i < counts.length; i++) out[i] = (counts[i] + FLOOR) / sum;
        return out;
    }

    /**
     * No level is impossible among matches: a field that never disagreed in the sample would
     * otherwise veto any future pair that disagrees on it.
     */
    static double[] floored(double[] p) {
        double[] out = p.clone();
        double sum = 0;
        for (int i = 0; i < out.length; i++) sum += out[i] = Math.max(out[i], M_FLOOR);
        for (int i = 0; i < out.length; i++) out[i] /= sum;
        return out;
    }

    private int[][] decode() {
        int[][] out = new int[patterns.size()][];
        int p = 0;
        for (long key : patterns.keySet()) {
            int[] levels = new int[levelCounts.length];
            long k = key;
            for (int f = levels.length - 1; f >= 0; f--) {
                levels[f] = (int) (k % 16) - 1;
                k /= 16;
            }
            out[p++] = levels;
        }
        return out;
    }
}
