package org.pravaas.voting.election;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;

/** What makes an election's set-up coherent: known country, dates in order, a ballot, sane proof rules. */
final class ElectionRules {
    private ElectionRules() {}

    static void check(ElectionCommand c, Set<String> countries) {
        List<Violation> v = new ArrayList<>();
        if (!countries.contains(c.country())) {
            v.add(new Violation("country", "voting.country.unknown", c.country()));
        }
        if (Objects.requireNonNull(c.registrationCloses()).isBefore(Objects.requireNonNull(c.registrationOpens()))) {
            v.add(new Violation("registrationCloses", "voting.election.closes-before-opens"));
        }
        if (Objects.requireNonNull(c.pollingEnds()).isBefore(Objects.requireNonNull(c.pollingStarts()))) {
            v.add(new Violation("pollingEnds", "voting.election.ends-before-starts"));
        }
        if (c.pollingStarts().isBefore(c.registrationOpens())) {
            v.add(new Violation("pollingStarts", "voting.election.polls-before-registration"));
        }
        if (c.contestantNames().size() < 2) {
            v.add(new Violation("contestants", "voting.election.contestants"));
        }
        if (Objects.requireNonNull(c.documentsWithWitness()) > Objects.requireNonNull(c.documentsRequired())) {
            v.add(new Violation("documentsWithWitness", "voting.election.witness-documents"));
        }
        if (c.documentsRequired() > 0
                && (c.acceptedDocuments() == null || c.acceptedDocuments().isEmpty())) {
            v.add(new Violation("acceptedDocuments", "voting.election.accepted-documents"));
        }
        if (!v.isEmpty()) {
            throw new RuleViolation(v);
        }
    }

    static Election election(UUID id, ElectionCommand c, UUID office) {
        return new Election(
                id,
                Objects.requireNonNull(c.code()),
                Objects.requireNonNull(c.name()),
                Objects.requireNonNull(c.country()),
                Objects.requireNonNull(c.kind()),
                office,
                Objects.requireNonNull(c.registrationOpens()),
                Objects.requireNonNull(c.registrationCloses()),
                Objects.requireNonNull(c.pollingStarts()),
                Objects.requireNonNull(c.pollingEnds()),
                Objects.requireNonNull(c.minimumAge()),
                Objects.requireNonNull(c.ageCutoff()),
                Objects.requireNonNull(c.documentsRequired()),
                Objects.requireNonNull(c.documentsWithWitness()),
                c.acceptedDocuments() == null ? List.of() : c.acceptedDocuments(),
                c.ownStationOnly());
    }
}
