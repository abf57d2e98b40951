package org.pravaas.cli;

import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.pravaas.match.MatchStats;
import org.pravaas.match.Matcher;
import org.pravaas.match.PairWriter;
import org.pravaas.match.PreparedRecords;
import org.pravaas.match.RecordSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pravaas dedupe}: the pairs of records in one file that are the same person. */
@Command(
        name = "dedupe",
        mixinStandardHelpOptions = true,
        description = "Find records in one CSV file that are the same person. Writes left_id,right_id,probability"
                + " and the weight each compared field added.")
class DedupeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN.csv")
    Path input = Path.of("");

    @Option(names = "--out", required = true, paramLabel = "PAIRS.csv")
    Path out = Path.of("");

    @Mixin
    MatchInputs inputs = new MatchInputs();

    @Override
    public Integer call() {
        return MatchCommands.run("dedupe", progress -> {
            RecordSet set = inputs.read(input, progress);
            PreparedRecords prepared = PreparedRecords.of(set.schema(), set.records());
            progress.say("prepared names, transliterations and blocking keys");
            Matcher matcher = new Matcher(inputs.model(prepared, progress), inputs.options());
            AtomicLong kept = new AtomicLong();
            MatchStats stats;
            try (Writer writer = MatchCommands.output(out)) {
                PairWriter pairs = new PairWriter(writer, set.schema());
                stats = matcher.run(prepared, progress.counting(pairs::write, kept, "pairs kept"));
            }
            progress.say(
                    "done: %,d records, %,d candidate pairs compared, %,d pairs kept (probability >= %s), %.1f s",
                    stats.records(), stats.comparedPairs(), kept.get(), inputs.threshold, progress.seconds());
        });
    }
}
