package org.pravaas.cli;

import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pravaas.match.PopulationGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pravaas generate people}: a synthetic population with planted duplicates. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Generate synthetic data.",
        subcommands = GenerateCommand.People.class)
class GenerateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("pravaas generate: say what to generate, e.g. 'pravaas generate people --help'");
        return 1;
    }

    @Command(
            name = "people",
            mixinStandardHelpOptions = true,
            description = "A multilingual population with planted duplicates (typos, OCR slips, swapped day and"
                    + " month, missing fields, reordered names, other scripts) and its truth in entity_id.")
    static class People implements Callable<Integer> {
        @Option(names = "--count", required = true)
        int count;

        @Option(names = "--seed", defaultValue = "1")
        long seed = 1;

        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out = Path.of("");

        @Override
        public Integer call() {
            return MatchCommands.run("generate people", progress -> {
                if (count < 1 || count > 100_000_000) {
                    throw new IllegalArgumentException("--count must be from 1 to 100,000,000");
                }
                long written;
                try (Writer writer = MatchCommands.output(out)) {
                    written = PopulationGenerator.generate(count, seed, writer);
                }
                progress.say("wrote %,d people to %s", written, out);
            });
        }
    }
}
