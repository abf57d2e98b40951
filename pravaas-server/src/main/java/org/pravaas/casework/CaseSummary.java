package org.pravaas.casework;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.registry.PersonId;

/**
 * What a case is, as other modules and the programme sections see it: which programme and version
 * of its definition, which office, whose case (a person or a household), where it stands, and the
 * version a change must name to be accepted.
 */
public record CaseSummary(
        CaseId id,
        String reference,
        String programme,
        UUID officeId,
        @Nullable PersonId person,
        @Nullable UUID householdId,
        String stage,
        boolean open,
        @Nullable String caseworker,
        int definitionVersion,
        long version) {}
