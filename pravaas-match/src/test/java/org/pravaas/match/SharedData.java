package org.pravaas.match;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared reference data ({@code shared/data}) by walking up from the working directory. */
final class SharedData {
    private SharedData() {}

    /** The directory, or the test is skipped with a message saying what was looked for. */
    static Path require(String sub) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data").resolve(sub);
            if (Files.isDirectory(candidate)) return candidate;
        }
        assumeTrue(
                false, "shared/data/" + sub + " not found above " + Path.of("").toAbsolutePath() + "; skipping");
        throw new IllegalStateException("unreachable");
    }
}
