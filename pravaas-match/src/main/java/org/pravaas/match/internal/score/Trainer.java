package org.pravaas.match.internal.score;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.pravaas.match.FieldType;
import org.pravaas.match.Model;
import org.pravaas.match.Schema;
import org.pravaas.match.internal.block.CandidateIndex;
import org.pravaas.match.internal.block.ParallelRuns;

/**
 * Unsupervised training: u from random pairs, m by EM on sampled candidate pairs, and the prior
 * as the share of matches among candidates scaled to all pairs.
 */
public final class Trainer {
    private final Schema schema;
    private final int[] levelCounts;

    public Trainer(Schema schema) {
        this.schema = schema;
        this.levelCounts = new int[schema.size()];
        for (int f = 0; f < schema.size(); f++)
            levelCounts[f] = Levels.count(schema.field(f).type());
    }

    /** Records {@code [0, split)} and {@code [split, n)} are the sides of a link (split == n: dedupe). */
    public Model train(List<Features> records, int split, CandidateIndex index, int pairs, long seed, int threads) {
        double[][] u = randomPairLevels(records, split, pairs, seed);
        double keep = Math.min(1.0, pairs / (double) Math.max(1, index.runCount() * 3L));
        List<Sample> samples = ParallelRuns.visit(index, threads, () -> new Sample(records, keep, seed));
        EmTrainer em = new EmTrainer(levelCounts);
        for (Sample s : samples) s.levels.forEach(em::add);
        double[] share = new double[1];
        double[][] m = em.train(u, share);
        long candidates = samples.stream().mapToLong(s -> s.visited).sum();
        double all = split < records.size()
                ? (double) split * (records.size() - split)
                : (double) records.size() * (records.size() - 1) / 2.0;
        // Weights use u from random pairs, so the prior is that of a random pair being a match.
        double prior = Math.min(0.5, Math.max(1e-12, share[0] * candidates / Math.max(1, all)));
        return new Model(schema, prior, m, u);
    }

    private double[][] randomPairLevels(List<Features> records, int split, int pairs, long seed) {
        double[][] counts = new double[schema.size()][];
        for (int f = 0; f < counts.length; f++) counts[f] = new double[levelCounts[f]];
        SplittableRandom random = new SplittableRandom(seed);
        int n = records.size();
        boolean link = split < n;
        double[] sim = new double[1];
        for (int p = 0; p < pairs && n > 1; p++) {
            int i = random.nextInt(link ? split : n);
            int j = link ? split + random.nextInt(n - split) : random.nextInt(n);
            if (i == j) continue;
            for (int f = 0; f < counts.length; f++) {
                Object a = records.get(i).value(f);
                Object b = records.get(j).value(f);
                if (a != null && b != null) counts[f][Levels.compare(type(f), a, b, sim)]++;
            }
        }
        for (int f = 0; f < counts.length; f++) counts[f] = EmTrainer.normalised(counts[f]);
        return counts;
    }

    private FieldType type(int f) {
        return schema.field(f).type();
    }

    /** One worker's share of the sampled candidate pairs, as level vectors. */
    private final class Sample implements CandidateIndex.PairVisitor {
        final List<int[]> levels = new ArrayList<>();
        private final List<Features> records;
        private final long threshold;
        private final long seed;
        private final double[] sim = new double[1];
        long visited;

        Sample(List<Features> records, double keep, long seed) {
            this.records = records;
            this.threshold = (long) (keep * Long.MAX_VALUE);
            this.seed = seed;
        }

        @Override
        public void visit(int i, int j) {
            visited++;
            long h = (i * 0x9E3779B97F4A7C15L + j) * 0xBF58476D1CE4E5B9L ^ seed;
            if ((h ^ (h >>> 31)) >>> 1 > threshold) return;
            int[] v = new int[schema.size()];
            for (int f = 0; f < v.length; f++) {
                Object a = records.get(i).value(f);
                Object b = records.get(j).value(f);
                v[f] = a == null || b == null ? Levels.MISSING : Levels.compare(type(f), a, b, sim);
            }
            levels.add(v);
        }
    }
}
