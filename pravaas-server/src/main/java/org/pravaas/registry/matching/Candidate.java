package org.pravaas.registry.matching;

import java.util.List;
import org.pravaas.match.FieldWeight;
import org.pravaas.registry.PersonSummary;

/**
 * A person already registered who may be the one being checked: the match probability, each
 * field's contribution, and the Latin readings the names were compared in. A candidate in an
 * office outside the user's scope shows only its reference and office.
 */
public record Candidate(
        PersonSummary person,
        String officeCode,
        boolean inScope,
        double probability,
        List<FieldWeight> reasons,
        String probeReading,
        String candidateReading) {

    public int percent() {
        return (int) Math.round(probability * 100);
    }
}
