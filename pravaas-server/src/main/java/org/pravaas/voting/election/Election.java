package org.pravaas.voting.election;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pravaas.voting.ElectionId;

/**
 * An election held abroad, with its eligibility rules: citizens of {@code country} born on or
 * before {@code ageCutoff} minus {@code minimumAge} years, showing at least {@code
 * documentsRequired} accepted documents, or {@code documentsWithWitness} and a witness.
 *
 * @param ownStationOnly whether a voter may vote only at the station where they are listed
 */
public record Election(
        UUID id,
        String code,
        String name,
        String country,
        ElectionKind kind,
        UUID officeId,
        LocalDate registrationOpens,
        LocalDate registrationCloses,
        LocalDate pollingStarts,
        LocalDate pollingEnds,
        int minimumAge,
        LocalDate ageCutoff,
        int documentsRequired,
        int documentsWithWitness,
        List<DocumentKind> acceptedDocuments,
        boolean ownStationOnly) {

    public Election {
        acceptedDocuments = List.copyOf(acceptedDocuments);
    }

    public ElectionId electionId() {
        return new ElectionId(id);
    }

    /** The latest birth date of an eligible voter. */
    public LocalDate bornOnOrBefore() {
        return ageCutoff.minusYears(minimumAge);
    }

    public boolean registrationOpenOn(LocalDate day) {
        return !day.isBefore(registrationOpens) && !day.isAfter(registrationCloses);
    }

    public boolean pollingOpenOn(LocalDate day) {
        return !day.isBefore(pollingStarts) && !day.isAfter(pollingEnds);
    }
}
