package org.pravaas.match.tools;

import java.nio.file.Path;
import org.pravaas.match.Clusters;
import org.pravaas.match.MatchOptions;
import org.pravaas.match.Matcher;
import org.pravaas.match.Model;
import org.pravaas.match.PairEvaluation;
import org.pravaas.match.ReadOptions;
import org.pravaas.match.RecordFiles;
import org.pravaas.match.RecordSet;

/** Prints the unsupervised dedupe F1 of Febrl data sets. Usage: {@code FebrlEval <csv>... } */
public final class FebrlEval {
    public static void main(String[] args) throws Exception {
        double threshold = Double.parseDouble(System.getProperty("threshold", "0.9"));
        for (String file : args) {
            long t0 = System.nanoTime();
            RecordSet set = RecordFiles.read(Path.of(file), ReadOptions.defaults());
            MatchOptions options = MatchOptions.defaults().withThreshold(threshold);
            Model model = Matcher.train(set.schema(), set.records(), options);
            if (System.getProperty("model") != null) System.out.println(model.toJson());
            Clusters clusters = new Clusters(threshold);
            var stats = new Matcher(model, options).dedupe(set.records(), clusters::add);
            var truth = PairEvaluation.febrlTruth(
                    set.records().stream().map(r -> r.id()).toList());
            PairEvaluation e = PairEvaluation.ofClusters(clusters.clusters(), truth);
            System.out.printf(
                    "%s: %s P=%.4f R=%.4f F1=%.4f (%d ms)%n",
                    file, stats, e.precision(), e.recall(), e.f1(), (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
