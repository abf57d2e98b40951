package org.pravaas.voting.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.voting.VoterId;

/**
 * A citizen registered to vote abroad, as the registrar entered them: name parts in any script
 * with the Latin reading the matching engine finds most likely, birth date, sex, and the station
 * whose list they are on.
 */
public record Voter(
        UUID id,
        UUID electionId,
        UUID stationId,
        long receiptNumber,
        VoterStatus status,
        String given,
        String family,
        String script,
        String latinName,
        LocalDate birthDate,
        Sex sex,
        @Nullable String witness,
        Instant registeredAt,
        String registeredBy,
        @Nullable String decidedBy,
        @Nullable String decisionNote) {

    public VoterId voterId() {
        return new VoterId(id);
    }

    /** The name as written, given names first. */
    public String fullName() {
        return given + " " + family;
    }

    public boolean listed() {
        return status == VoterStatus.REGISTERED;
    }
}
