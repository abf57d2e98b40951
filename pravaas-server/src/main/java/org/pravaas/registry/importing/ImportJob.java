package org.pravaas.registry.importing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An import or a dry run and its counts: rows read, valid, invalid, stored, already in the
 * registry (re-imported), and possible duplicates sent to the review queue.
 */
public record ImportJob(
        UUID id,
        UUID officeId,
        String filename,
        String status,
        boolean dryRun,
        int rowsTotal,
        int rowsValid,
        int rowsInvalid,
        int rowsStored,
        int rowsKnown,
        int duplicates,
        Instant startedAt,
        @Nullable Instant finishedAt,
        String startedBy) {

    public boolean running() {
        return status.equals("RUNNING");
    }

    public boolean failed() {
        return status.equals("FAILED");
    }
}
