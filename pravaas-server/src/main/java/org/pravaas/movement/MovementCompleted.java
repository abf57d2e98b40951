package org.pravaas.movement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.registry.PersonId;

/**
 * Every traveller of a movement reached the end of the itinerary or was recorded as a no-show.
 * {@code arrived} lists who arrived (empty when nobody travelled); {@code caseReference} is the
 * case named on the request, null when none. Casework moves the case on only for the request it
 * opened itself and only when someone arrived.
 */
public record MovementCompleted(
        MovementId movement,
        UUID officeId,
        String programme,
        List<PersonId> arrived,
        Instant completedAt,
        @Nullable String caseReference) {}
