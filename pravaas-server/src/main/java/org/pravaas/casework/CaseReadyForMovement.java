package org.pravaas.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.registry.PersonId;

/**
 * A case entered a stage at which it travels ({@code ready_for_movement} in resettlement, {@code
 * return_travel} in AVRR): movement opens a request for the travellers (the case's people) with the
 * case reference, and reports its completion through {@link CaseSignals}.
 */
public record CaseReadyForMovement(
        CaseId id,
        String reference,
        UUID officeId,
        String programme,
        List<PersonId> travellers,
        List<PersonId> adults,
        @Nullable UUID householdId,
        Instant at) {}
