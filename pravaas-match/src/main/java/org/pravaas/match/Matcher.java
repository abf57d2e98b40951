package org.pravaas.match;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.pravaas.match.internal.block.CandidateIndex;
import org.pravaas.match.internal.block.ParallelRuns;
import org.pravaas.match.internal.score.Features;
import org.pravaas.match.internal.score.Scorer;
import org.pravaas.match.internal.score.TermFrequencies;
import org.pravaas.match.internal.score.ThresholdVisitor;
import org.pravaas.match.internal.score.TopK;
import org.pravaas.match.internal.score.Trainer;

/**
 * Finds the same person across two record sets ({@link #link}) or within one ({@link #dedupe}),
 * with a trained or hand-set {@link Model}. Thread-safe and stateless between calls; batch calls
 * use {@link MatchOptions#threads()} threads and call the sink from them one at a time.
 */
public final class Matcher {
    private final Model model;
    private final MatchOptions options;
    private final Scorer plainScorer;

    public Matcher(Model model, MatchOptions options) {
        this.model = model;
        this.options = options;
        this.plainScorer = new Scorer(model, null);
    }

    /** Trains a model on one record set without labels (u from random pairs, m by EM). */
    public static Model train(Schema schema, List<MatchRecord> records, MatchOptions options) {
        return train(PreparedRecords.of(schema, records), options);
    }

    /** Trains a model without labels on prepared records: one set (dedupe) or two (link). */
    public static Model train(PreparedRecords records, MatchOptions o) {
        return new Trainer(records.schema())
                .train(
                        records.features(),
                        records.split(),
                        records.index(o.blockCap()),
                        o.trainingPairs(),
                        o.seed(),
                        o.threads());
    }

    public Model model() {
        return model;
    }

    /** Scores one pair, explained field by field (no term-frequency adjustment: no data set). */
    public ScoredPair score(MatchRecord a, MatchRecord b) {
        return plainScorer.explain(Features.of(model.schema(), a), Features.of(model.schema(), b));
    }

    /** Reports every pair within {@code records} whose probability reaches the threshold. */
    public MatchStats dedupe(List<MatchRecord> records, Consumer<ScoredPair> sink) {
        return run(PreparedRecords.of(model.schema(), records), sink);
    }

    /** Reports every left-right pair whose probability reaches the threshold. */
    public MatchStats link(List<MatchRecord> left, List<MatchRecord> right, Consumer<ScoredPair> sink) {
        return run(PreparedRecords.ofLink(model.schema(), left, right), sink);
    }

    /** Dedupes or links prepared records (as they were prepared), reporting pairs at or above the threshold. */
    public MatchStats run(PreparedRecords records, Consumer<ScoredPair> sink) {
        checkSchema(records);
        List<Features> features = records.features();
        Scorer scorer = new Scorer(model, new TermFrequencies(model.schema(), features));
        CandidateIndex index = records.index(options.blockCap());
        double minWeight = ThresholdVisitor.weightOf(options.threshold());
        int fields = model.schema().size();
        List<ThresholdVisitor> done = ParallelRuns.visit(
                index, options.threads(), () -> new ThresholdVisitor(features, scorer, minWeight, fields, sink));
        long compared = done.stream().mapToLong(ThresholdVisitor::compared).sum();
        long reported = done.stream().mapToLong(ThresholdVisitor::reported).sum();
        return new MatchStats(features.size(), compared, reported);
    }

    private void collect(PreparedRecords prepared, Scorer scorer, TopK top, boolean exhaustive) {
        List<Features> features = prepared.features();
        int fields = model.schema().size();
        if (!exhaustive) {
            ParallelRuns.visit(
                    prepared.index(options.blockCap()), options.threads(), () -> top.visitor(features, scorer, fields));
            return;
        }
        int split = prepared.split();
        IntStream.range(0, split).parallel().forEach(i -> {
            var v = top.visitor(features, scorer, fields);
            for (int j = split; j < features.size(); j++) v.visit(i, j);
        });
    }

    private void checkSchema(PreparedRecords records) {
        if (!records.schema().equals(model.schema())) {
            throw new IllegalArgumentException("records were prepared for another schema than the model's");
        }
    }

    /**
     * For each left record, its {@code k} best right records whatever their probability, best
     * first; compares every pair when left × right is within {@link MatchOptions#exhaustiveLimit()}.
     */
    public MatchStats linkTopK(List<MatchRecord> left, List<MatchRecord> right, int k, Consumer<ScoredPair> sink) {
        if (k < 1) throw new IllegalArgumentException("k must be at least 1");
        PreparedRecords prepared = PreparedRecords.ofLink(model.schema(), left, right);
        List<Features> features = prepared.features();
        int split = left.size();
        Scorer scorer = new Scorer(model, new TermFrequencies(model.schema(), features));
        TopK top = new TopK(split, split, k);
        long pairs = (long) split * right.size();
        collect(prepared, scorer, top, pairs <= options.exhaustiveLimit());
        long reported = 0;
        for (int i = 0; i < split; i++) {
            for (int j : top.best(i)) {
                sink.accept(scorer.explain(features.get(i), features.get(split + j)));
                reported++;
            }
        }
        return new MatchStats(features.size(), pairs, reported);
    }
}
