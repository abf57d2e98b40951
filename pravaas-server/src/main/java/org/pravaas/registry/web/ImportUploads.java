package org.pravaas.registry.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.pravaas.registry.importing.ImportService.Plan;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploaded files waiting for their mapping, dry run and import: kept under the data folder (not
 * in memory, files can be large) and forgotten, file and all, a day after upload.
 */
@Component
class ImportUploads {
    private static final Duration KEEP = Duration.ofDays(1);

    private final Path folder;
    private final Map<UUID, Upload> uploads = new ConcurrentHashMap<>();

    ImportUploads(@Value("${pravaas.data-dir:./data}") Path dataDir) {
        this.folder = dataDir.resolve("imports");
    }

    /** A file and, once chosen, its plan; only its owner may use it. */
    record Upload(String username, Path file, String filename, Instant at, Optional<Plan> plan) {}

    UUID save(String username, String filename, InputStream content) throws IOException {
        forgetOld();
        Files.createDirectories(folder);
        UUID token = UUID.randomUUID();
        // The user's file name never becomes a path: only our token does.
        Path file = folder.resolve(token + ".upload");
        Files.copy(content, file);
        uploads.put(token, new Upload(username, file, safeName(filename), Instant.now(), Optional.empty()));
        return token;
    }

    Optional<Upload> find(UUID token, String username) {
        return Optional.ofNullable(uploads.get(token)).filter(u -> u.username().equals(username));
    }

    void plan(UUID token, Plan plan) {
        uploads.computeIfPresent(
                token, (k, u) -> new Upload(u.username(), u.file(), u.filename(), u.at(), Optional.of(plan)));
    }

    static String safeName(String name) {
        String base = name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}]", "");
        return base.isBlank() ? "upload" : base.substring(0, Math.min(base.length(), 120));
    }

    private void forgetOld() {
        Instant limit = Instant.now().minus(KEEP);
        uploads.entrySet().removeIf(e -> {
            if (e.getValue().at().isAfter(limit)) return false;
            try {
                Files.deleteIfExists(e.getValue().file());
            } catch (IOException ignored) {
                // A file we cannot delete now is deleted with the next old upload.
            }
            return true;
        });
    }
}
