package org.pravaas.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unsupervised dedupe of the Febrl data sets: no labels, model trained by EM on the data itself. */
class FebrlDedupeTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dataset2.csv", "dataset3.csv"})
    void findsTheFebrlDuplicatesWithAnF1OfAtLeast099(String name) throws IOException {
        RecordSet set = RecordFiles.read(SharedData.require("febrl").resolve(name), ReadOptions.defaults());
        MatchOptions options = MatchOptions.defaults();
        PreparedRecords prepared = PreparedRecords.of(set.schema(), set.records());
        Model model = Matcher.train(prepared, options);
        Clusters clusters = new Clusters(options.threshold());
        new Matcher(model, options).run(prepared, clusters::add);

        PairEvaluation e = PairEvaluation.ofClusters(
                clusters.clusters(),
                PairEvaluation.febrlTruth(
                        set.records().stream().map(MatchRecord::id).toList()));
        System.out.printf("febrl %s: precision %.4f recall %.4f F1 %.4f%n", name, e.precision(), e.recall(), e.f1());
        assertThat(e.f1()).isGreaterThanOrEqualTo(0.99);
    }
}
