package org.pravaas.movement.travel;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A movement request as stored. */
public record Request(
        UUID id,
        String reference,
        UUID officeId,
        String reason,
        String programme,
        int fitWindowHours,
        @Nullable UUID householdId,
        @Nullable String caseReference,
        String status,
        Instant createdAt) {}
