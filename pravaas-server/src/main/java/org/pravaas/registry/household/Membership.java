package org.pravaas.registry.household;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A household a person belongs or belonged to, as seen from the person. */
public record Membership(
        UUID householdId,
        String reference,
        String name,
        Relationship relationship,
        LocalDate joinedOn,
        @Nullable LocalDate leftOn) {}
