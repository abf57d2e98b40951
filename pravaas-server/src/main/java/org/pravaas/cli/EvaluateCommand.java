package org.pravaas.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pravaas.match.PairEvaluation;
import org.pravaas.match.ReadOptions;
import org.pravaas.match.RecordFiles;
import org.pravaas.match.RecordSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pravaas evaluate}: how right a pair file is, against the truth. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Precision, recall and F1 of PAIRS.csv (as written by dedupe or link) against the truth: a"
                + " records file with an entity_id column, or Febrl ids (rec-N-org, rec-N-dup-K).")
class EvaluateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PAIRS.csv")
    Path pairs = Path.of("");

    @Option(names = "--truth", required = true, paramLabel = "TRUTH.csv")
    Path truthFile = Path.of("");

    @Option(names = "--threshold", defaultValue = "0.5")
    double threshold = 0.5;

    @Override
    public Integer call() {
        return MatchCommands.run("evaluate", progress -> {
            RecordSet truthSet = RecordFiles.read(truthFile, ReadOptions.defaults());
            Map<String, String> truth = truthSet.truth().isEmpty()
                    ? PairEvaluation.febrlTruth(
                            truthSet.records().stream().map(r -> r.id()).toList())
                    : truthSet.truth();
            if (truth.isEmpty()) {
                throw new IllegalArgumentException(truthFile + ": no entity_id column and no Febrl-style ids");
            }
            PairEvaluation result = PairEvaluation.ofPairFile(pairs, truth, threshold);
            System.out.printf(
                    "precision=%.4f recall=%.4f f1=%.4f (true positives %,d, false positives %,d,"
                            + " false negatives %,d)%n",
                    result.precision(),
                    result.recall(),
                    result.f1(),
                    result.truePositives(),
                    result.falsePositives(),
                    result.falseNegatives());
        });
    }
}
