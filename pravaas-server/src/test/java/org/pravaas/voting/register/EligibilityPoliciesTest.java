package org.pravaas.voting.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pravaas.shared.RuleViolation.Violation;
import org.pravaas.voting.election.DocumentKind;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.ElectionKind;

class EligibilityPoliciesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Election ELECTION = new Election(
            UUID.randomUUID(),
            "T",
            "Test",
            "IQ",
            ElectionKind.PARLIAMENTARY,
            UUID.randomUUID(),
            TODAY.minusDays(10),
            TODAY.plusDays(10),
            TODAY.plusDays(20),
            TODAY.plusDays(21),
            18,
            LocalDate.of(2026, 12, 31),
            2,
            1,
            List.of(DocumentKind.PASSPORT, DocumentKind.NATIONAL_ID, DocumentKind.BIRTH_CERTIFICATE),
            true);

    private static VoterCommand applicant(
            LocalDate birth, String citizenship, DocumentKind a, DocumentKind b, String witness) {
        return new VoterCommand(
                UUID.randomUUID(),
                "Zainab",
                "Al-Saadi",
                birth,
                Sex.F,
                citizenship,
                a,
                a == null ? null : "X1",
                b,
                b == null ? null : "X2",
                null,
                null,
                witness);
    }

    private static List<String> refusals(VoterCommand c, LocalDate today) {
        return EligibilityPolicy.all().stream()
                .map(p -> p.check(ELECTION, c, today))
                .flatMap(Optional::stream)
                .map(Violation::messageKey)
                .toList();
    }

    @Test
    void anAdultCitizenWithTwoAcceptedDocumentsIsEligible() {
        assertThat(refusals(
                        applicant(
                                LocalDate.of(2008, 12, 31),
                                "IQ",
                                DocumentKind.PASSPORT,
                                DocumentKind.NATIONAL_ID,
                                null),
                        TODAY))
                .isEmpty();
    }

    @Test
    void someoneBornAfterTheCutOffIsUnderAgeEvenIfEighteenBeforePolling() {
        var c = applicant(LocalDate.of(2009, 1, 1), "IQ", DocumentKind.PASSPORT, DocumentKind.NATIONAL_ID, null);
        assertThat(refusals(c, TODAY)).containsExactly("voting.eligibility.age");
        Violation v =
                new EligibilityPolicy.MinimumAge().check(ELECTION, c, TODAY).orElseThrow();
        assertThat(v.field()).isEqualTo("birthDate");
        assertThat(v.args()).containsExactly(18, LocalDate.of(2026, 12, 31), LocalDate.of(2008, 12, 31));
    }

    @Test
    void oneDocumentNeedsAWitnessAndTwoOfTheSameKindCountOnce() {
        assertThat(refusals(applicant(LocalDate.of(1990, 1, 1), "IQ", DocumentKind.PASSPORT, null, null), TODAY))
                .containsExactly("voting.eligibility.documents");
        assertThat(refusals(
                        applicant(LocalDate.of(1990, 1, 1), "IQ", DocumentKind.PASSPORT, null, "Ali Hassan, ID 554"),
                        TODAY))
                .isEmpty();
        assertThat(refusals(
                        applicant(LocalDate.of(1990, 1, 1), "IQ", DocumentKind.PASSPORT, DocumentKind.PASSPORT, null),
                        TODAY))
                .containsExactly("voting.eligibility.documents");
    }

    @Test
    void aDocumentTheElectionDoesNotAcceptIsRefusedByName() {
        var c = applicant(LocalDate.of(1990, 1, 1), "IQ", DocumentKind.PASSPORT, DocumentKind.CONSULAR_CARD, null);
        Violation v =
                new EligibilityPolicy.ProofDocuments().check(ELECTION, c, TODAY).orElseThrow();
        assertThat(v.field()).isEqualTo("document2Kind");
        assertThat(v.messageKey()).isEqualTo("voting.eligibility.document-not-accepted");
    }

    @Test
    void nonCitizensAndApplicationsOutsideTheRegistrationPeriodAreRefused() {
        var foreigner =
                applicant(LocalDate.of(1990, 1, 1), "JO", DocumentKind.PASSPORT, DocumentKind.NATIONAL_ID, null);
        assertThat(refusals(foreigner, TODAY)).containsExactly("voting.eligibility.citizenship");
        var late = applicant(LocalDate.of(1990, 1, 1), "IQ", DocumentKind.PASSPORT, DocumentKind.NATIONAL_ID, null);
        assertThat(refusals(late, TODAY.plusDays(11))).containsExactly("voting.eligibility.period");
    }
}
