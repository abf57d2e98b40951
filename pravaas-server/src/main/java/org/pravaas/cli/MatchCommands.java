package org.pravaas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pravaas.match.CsvFormatException;

/**
 * What the batch commands share: their exit codes (0 done, 1 bad input, 2 failure) and how a
 * problem with the input is told, as {@code file:line:column: reason}.
 */
final class MatchCommands {
    private MatchCommands() {}

    /** A command body that may fail on its input. */
    interface Body {
        void run(Progress progress) throws IOException;
    }

    static int run(String command, Body body) {
        PrintStream err = System.err;
        Progress progress = new Progress(err);
        try {
            body.run(progress);
            return 0;
        } catch (CsvFormatException e) {
            err.println("pravaas " + command + ": " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("pravaas " + command + ": " + e.getMessage());
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("pravaas " + command + ": cannot read or write a file: " + e.getMessage());
            return 2;
        }
    }

    static Writer output(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("--out " + file + ": the folder " + parent + " does not exist");
        }
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
