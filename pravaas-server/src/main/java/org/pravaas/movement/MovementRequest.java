package org.pravaas.movement;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.registry.PersonId;

/**
 * What another module asks to move: the people (one, or a household's members), why, under which
 * programme, and how many hours before departure a fit-to-travel decision may be issued at most.
 *
 * @param adults the travellers who are adults (each gets a fare loan when the programme lends)
 * @param caseReference the case it came from, shown to the movement officer; null when none
 */
public record MovementRequest(
        UUID officeId,
        List<PersonId> travellers,
        List<PersonId> adults,
        @Nullable UUID householdId,
        String reason,
        String programme,
        int fitWindowHours,
        @Nullable String caseReference) {}
