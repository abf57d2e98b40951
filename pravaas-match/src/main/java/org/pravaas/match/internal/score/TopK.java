package org.pravaas.match.internal.score;

import java.util.ArrayList;
import java.util.List;
import org.pravaas.match.internal.block.CandidateIndex;

/**
 * The k best right records for each left record, whatever their probability: ordered by match
 * weight, then by raw similarity (which separates candidates a coarse level cannot).
 */
public final class TopK {
    private final int k;
    private final int split;
    private final double[][] weight;
    private final double[][] similarity;
    private final int[][] right;
    private final int[] size;

    public TopK(int leftCount, int split, int k) {
        this.k = k;
        this.split = split;
        this.weight = new double[leftCount][k];
        this.similarity = new double[leftCount][k];
        this.right = new int[leftCount][k];
        this.size = new int[leftCount];
    }

    /** A visitor for one worker; offers are synchronised per left record. */
    public CandidateIndex.PairVisitor visitor(List<Features> records, Scorer scorer, int fields) {
        int[] levels = new int[fields];
        double[] w = new double[fields];
        double[] sim = new double[1];
        return (i, j) -> {
            double total = scorer.weight(records.get(i), records.get(j), levels, w, sim);
            offer(i, j, total, sim[0]);
        };
    }

    void offer(int left, int rightIndex, double w, double sim) {
        synchronized (right[left]) {
            int n = size[left];
            int at = n;
            while (at > 0 && better(w, sim, weight[left][at - 1], similarity[left][at - 1])) at--;
            if (at >= k) return;
            int moved = Math.min(n, k - 1) - at;
            System.arraycopy(weight[left], at, weight[left], at + 1, moved);
            System.arraycopy(similarity[left], at, similarity[left], at + 1, moved);
            System.arraycopy(right[left], at, right[left], at + 1, moved);
            weight[left][at] = w;
            similarity[left][at] = sim;
            right[left][at] = rightIndex - split;
            size[left] = Math.min(k, n + 1);
        }
    }

    private static boolean better(double w, double s, double w2, double s2) {
        return w > w2 || (w == w2 && s > s2);
    }

    /** Right-side indices (0-based within the right set) for a left record, best first. */
    public List<Integer> best(int left) {
        List<Integer> out = new ArrayList<>(size[left]);
        for (int r = 0; r < size[left]; r++) out.add(right[left][r]);
        return out;
    }
}
