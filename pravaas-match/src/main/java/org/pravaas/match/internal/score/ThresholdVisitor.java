package org.pravaas.match.internal.score;

import java.util.List;
import java.util.function.Consumer;
import org.pravaas.match.ScoredPair;
import org.pravaas.match.internal.block.CandidateIndex;

/** Scores candidate pairs and passes those at or above a weight to a shared, synchronised sink. */
public final class ThresholdVisitor implements CandidateIndex.PairVisitor {
    private final List<Features> records;
    private final Scorer scorer;
    private final double minWeight;
    private final Consumer<ScoredPair> sink;
    private final int[] levels;
    private final double[] weights;
    private final double[] sim = new double[1];
    private long compared;
    private long reported;

    public ThresholdVisitor(
            List<Features> records, Scorer scorer, double minWeight, int fields, Consumer<ScoredPair> sink) {
        this.records = records;
        this.scorer = scorer;
        this.minWeight = minWeight;
        this.sink = sink;
        this.levels = new int[fields];
        this.weights = new double[fields];
    }

    @Override
    public void visit(int i, int j) {
        compared++;
        Features a = records.get(i);
        Features b = records.get(j);
        if (scorer.weight(a, b, levels, weights, sim) < minWeight) return;
        reported++;
        ScoredPair pair = scorer.explain(a, b);
        synchronized (sink) {
            sink.accept(pair);
        }
    }

    public long compared() {
        return compared;
    }

    public long reported() {
        return reported;
    }

    /** The weight whose probability is the given threshold. */
    public static double weightOf(double probability) {
        if (probability <= 0) return Double.NEGATIVE_INFINITY;
        if (probability >= 1) return Double.POSITIVE_INFINITY;
        return Math.log(probability / (1 - probability)) / Math.log(2);
    }
}
