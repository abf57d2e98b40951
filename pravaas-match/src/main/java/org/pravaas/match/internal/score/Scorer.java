package org.pravaas.match.internal.score;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pravaas.match.FieldType;
import org.pravaas.match.FieldWeight;
import org.pravaas.match.Model;
import org.pravaas.match.Schema;
import org.pravaas.match.ScoredPair;

/**
 * Fellegi-Sunter scoring: the prior log-odds plus, per field, log2(m/u) of the observed level;
 * agreeing exactly on a name is adjusted by how common that name is. Stateless apart from its
 * tables; {@link #weight} allocates nothing beyond the caller's buffers.
 */
public final class Scorer {
    private static final double MAX_TF_ADJUSTMENT = 4;

    private final Schema schema;
    private final double priorWeight;
    private final double[][] weights;
    private final double[] uExact;
    private final @Nullable TermFrequencies tf;

    public Scorer(Model model, @Nullable TermFrequencies tf) {
        this.schema = model.schema();
        this.priorWeight = log2(model.prior() / (1 - model.prior()));
        this.weights = new double[schema.size()][];
        this.uExact = new double[schema.size()];
        for (int f = 0; f < schema.size(); f++) {
            int levels = Levels.count(schema.field(f).type());
            weights[f] = new double[levels];
            for (int l = 0; l < levels; l++) weights[f][l] = log2(model.m(f, l) / model.u(f, l));
            uExact[f] = model.u(f, levels - 1);
        }
        this.tf = tf;
    }

    /** Total match weight in bits; fills levels, per-field weights and returns similarity in sim[0]. */
    public double weight(Features a, Features b, int[] levels, double[] fieldWeights, double[] sim) {
        double total = priorWeight;
        double simSum = 0;
        double[] s = new double[1];
        for (int f = 0; f < weights.length; f++) {
            Object x = a.value(f);
            Object y = b.value(f);
            if (x == null || y == null) {
                levels[f] = Levels.MISSING;
                fieldWeights[f] = 0;
                continue;
            }
            FieldType type = schema.field(f).type();
            int level = Levels.compare(type, x, y, s);
            levels[f] = level;
            double w = weights[f][level] + (level == weights[f].length - 1 ? tfAdjustment(f, x, y) : 0);
            fieldWeights[f] = w;
            total += w;
            simSum += s[0];
        }
        sim[0] = simSum / weights.length;
        return total;
    }

    private double tfAdjustment(int field, Object x, Object y) {
        if (tf == null) return 0;
        double fx = tf.frequency(field, x);
        if (fx < 0) return 0;
        double freq = Math.max(fx, tf.frequency(field, y));
        return Math.max(-MAX_TF_ADJUSTMENT, Math.min(MAX_TF_ADJUSTMENT, log2(uExact[field] / freq)));
    }

    public ScoredPair explain(Features a, Features b) {
        int n = weights.length;
        int[] levels = new int[n];
        double[] w = new double[n];
        double[] sim = new double[1];
        double total = weight(a, b, levels, w, sim);
        List<FieldWeight> fields = new ArrayList<>(n);
        for (int f = 0; f < n; f++) {
            String label = levels[f] < 0
                    ? "missing"
                    : Levels.labels(schema.field(f).type()).get(levels[f]);
            fields.add(new FieldWeight(schema.field(f).name(), label, w[f]));
        }
        return new ScoredPair(a.id(), b.id(), probability(total), total, sim[0], fields);
    }

    public static double probability(double weight) {
        return 1 / (1 + Math.pow(2, -weight));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
