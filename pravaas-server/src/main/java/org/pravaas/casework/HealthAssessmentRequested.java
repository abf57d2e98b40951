package org.pravaas.casework;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.registry.PersonId;

/** A case entered {@code pre_departure}: one per traveller, for health's worklist. No clinical data. */
public record HealthAssessmentRequested(
        CaseId id,
        String reference,
        PersonId person,
        UUID officeId,
        String programme,
        @Nullable String destinationCountry,
        Instant at) {}
