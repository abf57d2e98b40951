package org.pravaas.voting.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pravaas.shared.RuleViolation.Violation;
import org.pravaas.voting.election.Election;

/**
 * One rule an applicant must meet to be registered, configured by the election; a refusal names
 * the field and the reason the registrar reads.
 */
public sealed interface EligibilityPolicy {
    Optional<Violation> check(Election election, VoterCommand applicant, LocalDate today);

    /** Every rule, in the order the registrar reads the refusals. */
    static List<EligibilityPolicy> all() {
        return List.of(new RegistrationPeriod(), new Citizenship(), new MinimumAge(), new ProofDocuments());
    }

    /** Registration happens between the election's registration dates. */
    record RegistrationPeriod() implements EligibilityPolicy {
        @Override
        public Optional<Violation> check(Election e, VoterCommand a, LocalDate today) {
            return e.registrationOpenOn(today)
                    ? Optional.empty()
                    : Optional.of(new Violation(
                            "", "voting.eligibility.period", e.registrationOpens(), e.registrationCloses()));
        }
    }

    /** Only citizens of the country holding the election. */
    record Citizenship() implements EligibilityPolicy {
        @Override
        public Optional<Violation> check(Election e, VoterCommand a, LocalDate today) {
            return e.country().equals(a.citizenship())
                    ? Optional.empty()
                    : Optional.of(new Violation("citizenship", "voting.eligibility.citizenship", e.country()));
        }
    }

    /** Old enough on the cut-off date: born on or before it, minus the minimum age. */
    record MinimumAge() implements EligibilityPolicy {
        @Override
        public Optional<Violation> check(Election e, VoterCommand a, LocalDate today) {
            LocalDate birth = Objects.requireNonNull(a.birthDate());
            if (birth.isAfter(today)) {
                return Optional.of(new Violation("birthDate", "voting.eligibility.future-birth"));
            }
            return birth.isAfter(e.bornOnOrBefore())
                    ? Optional.of(new Violation(
                            "birthDate", "voting.eligibility.age", e.minimumAge(), e.ageCutoff(), e.bornOnOrBefore()))
                    : Optional.empty();
        }
    }

    /**
     * Enough proof: at least the required number of different accepted kinds of document, or
     * the smaller number with a witness. A kind the election does not accept is refused by name.
     */
    record ProofDocuments() implements EligibilityPolicy {
        @Override
        public Optional<Violation> check(Election e, VoterCommand a, LocalDate today) {
            List<VoterDocument> shown = a.documents();
            for (int i = 0; i < shown.size(); i++) {
                if (!e.acceptedDocuments().contains(shown.get(i).kind())) {
                    return Optional.of(
                            new Violation("document" + (i + 1) + "Kind", "voting.eligibility.document-not-accepted"));
                }
            }
            long kinds = shown.stream().map(VoterDocument::kind).distinct().count();
            boolean enough = kinds >= e.documentsRequired() || (a.hasWitness() && kinds >= e.documentsWithWitness());
            return enough
                    ? Optional.empty()
                    : Optional.of(new Violation(
                            "document1Kind",
                            "voting.eligibility.documents",
                            e.documentsRequired(),
                            e.documentsWithWitness(),
                            kinds));
        }
    }
}
