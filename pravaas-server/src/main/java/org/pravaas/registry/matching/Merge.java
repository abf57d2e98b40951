package org.pravaas.registry.matching;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A merge as stored: both records as they were before, and the documents that moved to the survivor. */
public record Merge(
        UUID id,
        UUID survivorId,
        UUID mergedId,
        String survivorBefore,
        String mergedBefore,
        String moved,
        Instant mergedAt,
        String mergedBy,
        @Nullable Instant undoneAt) {}
