package org.pravaas.cli;

import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.pravaas.match.MatchStats;
import org.pravaas.match.Matcher;
import org.pravaas.match.PairWriter;
import org.pravaas.match.PreparedRecords;
import org.pravaas.match.RecordSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pravaas link}: which records of one file are people of another. */
@Command(
        name = "link",
        mixinStandardHelpOptions = true,
        description = "Link the records of LEFT.csv to those of RIGHT.csv, across scripts and spellings. Writes"
                + " left_id,right_id,probability and the weight each compared field added.")
class LinkCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "LEFT.csv")
    Path left = Path.of("");

    @Parameters(index = "1", paramLabel = "RIGHT.csv")
    Path right = Path.of("");

    @Option(names = "--out", required = true, paramLabel = "PAIRS.csv")
    Path out = Path.of("");

    @Option(
            names = "--top",
            paramLabel = "K",
            description =
                    "Instead of a threshold: the K best candidates of each left record, whatever their probability.")
    @Nullable
    Integer top;

    @Mixin
    MatchInputs inputs = new MatchInputs();

    @Override
    public Integer call() {
        return MatchCommands.run("link", progress -> {
            if (top != null && (top < 1 || top > 1000)) {
                throw new IllegalArgumentException("--top must be from 1 to 1000");
            }
            RecordSet a = inputs.read(left, progress);
            RecordSet b = inputs.read(right, progress);
            if (!a.schema().equals(b.schema())) {
                throw new IllegalArgumentException("the two files compare different columns: "
                        + a.schema().fields() + " and " + b.schema().fields() + "; use --fields to align them");
            }
            PreparedRecords prepared = PreparedRecords.ofLink(a.schema(), a.records(), b.records());
            progress.say("prepared names, transliterations and blocking keys");
            Matcher matcher = new Matcher(inputs.model(prepared, progress), inputs.options());
            AtomicLong kept = new AtomicLong();
            MatchStats stats;
            try (Writer writer = MatchCommands.output(out)) {
                PairWriter pairs = new PairWriter(writer, a.schema());
                var sink = progress.counting(pairs::write, kept, "pairs written");
                stats = top == null
                        ? matcher.run(prepared, sink)
                        : matcher.linkTopK(a.records(), b.records(), top, sink);
            }
            progress.say(
                    "done: %,d + %,d records, %,d candidate pairs compared, %,d pairs written, %.1f s",
                    a.records().size(), b.records().size(), stats.comparedPairs(), kept.get(), progress.seconds());
        });
    }
}
