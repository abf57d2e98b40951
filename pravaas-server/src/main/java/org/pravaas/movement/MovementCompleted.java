package org.pravaas.movement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.registry.PersonId;

/**
 * Every traveller of a movement reached the end of the itinerary or was recorded as a no-show:
 * casework closes the movement step of the case. {@code arrived} lists who arrived;
 * {@code caseReference} is the case the movement was opened for, null when none.
 */
public record MovementCompleted(
        MovementId movement,
        UUID officeId,
        String programme,
        List<PersonId> arrived,
        Instant completedAt,
        @Nullable String caseReference) {}
