package org.pravaas.health.clearance;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A health hold on a person's travel; active while {@code liftedAt} is null. The reason is clinical. */
public record Hold(
        UUID id,
        UUID personId,
        UUID officeId,
        String reason,
        Instant placedAt,
        String placedBy,
        @Nullable Instant liftedAt,
        @Nullable String liftedBy,
        @Nullable String liftReason) {
    public boolean active() {
        return liftedAt == null;
    }
}
