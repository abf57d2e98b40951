package org.pravaas.governance.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pravaas.governance.LocalizedText;
import org.pravaas.governance.VotingRight;
import org.pravaas.governance.organ.Organ;
import org.pravaas.governance.organ.OrganKind;
import org.pravaas.shared.RuleViolation.Violation;

/** Sessions within their organ's life, and votes only from states with the right to vote. */
class SessionPolicyTest {
    private final Organ excom = new Organ(
            UUID.randomUUID(),
            "EXCOM",
            LocalizedText.english("Executive Committee"),
            LocalizedText.english(""),
            OrganKind.EXECUTIVE,
            null,
            9,
            LocalDate.of(1951, 12, 5),
            LocalDate.of(2013, 11, 27));

    @Test
    void aSessionAfterTheOrganWasDissolvedIsRefused() {
        var command = new SessionCommand(
                excom.id(), 120, false, LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 2), "Geneva", null);
        assertThat(new SessionWithinOrganPolicy().check(command, excom, false))
                .extracting(Violation::messageKey)
                .containsExactly("governance.session.outside-organ");
    }

    @Test
    void aSessionOnTheOrgansLastDayIsAccepted() {
        var command = new SessionCommand(
                excom.id(), 120, false, LocalDate.of(2013, 11, 25), LocalDate.of(2013, 11, 26), "Geneva", null);
        assertThat(new SessionWithinOrganPolicy().check(command, excom, false)).isEmpty();
    }

    @Test
    void aVoteFromAStateInArrearsIsRefusedWithItsArrears() {
        Resolution r = new Resolution(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "1/1",
                LocalizedText.english("x"),
                "x",
                LocalDate.of(2025, 11, 26),
                Resolution.Adoption.VOTE);
        VotingRight none = new VotingRight(
                "SO",
                r.adoptedOn(),
                false,
                "governance.rights.arrears",
                new BigDecimal("500.00"),
                new BigDecimal("200.00"),
                "CHF");
        var violations = new VotePolicy().check(r, none);
        assertThat(violations).extracting(Violation::messageKey).containsExactly("governance.vote.refused.arrears");
        assertThat(violations.get(0).args()).contains("SO", new BigDecimal("500.00"));
    }

    @Test
    void noVoteIsRecordedOnAResolutionAdoptedByConsensus() {
        Resolution r = new Resolution(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "1/2",
                LocalizedText.english("x"),
                "x",
                LocalDate.of(2025, 11, 26),
                Resolution.Adoption.CONSENSUS);
        VotingRight yes = new VotingRight(
                "DE", r.adoptedOn(), true, "governance.rights.may-vote", BigDecimal.ZERO, BigDecimal.ONE, "CHF");
        assertThat(new VotePolicy().check(r, yes))
                .extracting(Violation::messageKey)
                .containsExactly("governance.vote.by-consensus");
    }
}
