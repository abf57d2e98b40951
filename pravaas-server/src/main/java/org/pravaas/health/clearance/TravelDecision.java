package org.pravaas.health.clearance;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.health.Fitness;

/** A fit-to-travel decision on an assessment; {@code conditions} says which escort or equipment. */
public record TravelDecision(
        UUID id,
        UUID assessmentId,
        UUID personId,
        UUID officeId,
        Fitness fitness,
        @Nullable String conditions,
        Instant decidedAt,
        @Nullable Instant validUntil,
        String decidedBy) {

    /** Valid at some moment of [{@code from}, {@code to}): issued before its end, expiring after its start. */
    public boolean validBetween(Instant from, Instant to) {
        return fitness != Fitness.NOT_FIT && decidedAt.isBefore(to) && validUntil != null && validUntil.isAfter(from);
    }
}
