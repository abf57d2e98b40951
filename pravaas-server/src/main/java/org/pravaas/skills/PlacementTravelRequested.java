package org.pravaas.skills;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.registry.PersonId;

/**
 * A placed expert or worker needs to travel: the movement module (which follows this event once
 * it exists) books the journey from {@code fromCountry} to {@code toCountry}, and back on {@code
 * returnOn} when the placement is temporary. Published once per request, after the placement was
 * accepted; a listener must be idempotent on {@code placementId} and {@code requestId}.
 *
 * @param fromCountry ISO 3166 code of the country of residence
 * @param toCountry ISO 3166 code of the country of the assignment or job
 * @param returnOn {@code null} for a move for good
 */
public record PlacementTravelRequested(
        UUID requestId,
        UUID placementId,
        PersonId person,
        UUID officeId,
        String fromCountry,
        String toCountry,
        LocalDate departOn,
        @Nullable LocalDate returnOn) {}
