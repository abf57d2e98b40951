package org.pravaas.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pravaas.governance.budget.Balance;
import org.pravaas.governance.budget.KnownCurrencyPolicy;
import org.pravaas.governance.membership.ObserverCommand;
import org.pravaas.governance.membership.ObserverOrganisations.ObserverOrganisation;
import org.pravaas.governance.membership.ObserverStatusPolicy;
import org.pravaas.governance.membership.StateStatus;
import org.pravaas.governance.membership.VotingRightsPolicy;
import org.pravaas.governance.organ.NameCommand;
import org.pravaas.governance.organ.Organ;
import org.pravaas.governance.organ.OrganExistencePolicy;
import org.pravaas.governance.organ.OrganKind;
import org.pravaas.governance.organ.OrganisationName;
import org.pravaas.governance.organ.OrganisationNamePolicy;
import org.pravaas.governance.organ.SeatTerm;
import org.pravaas.governance.organ.SeatTermCommand;
import org.pravaas.governance.organ.SeatTermPolicy;
import org.pravaas.shared.RuleViolation.Violation;

/** The governance rules on their own, without a database. */
class GovernancePoliciesTest {
    private static final LocalDate DAY = LocalDate.of(2025, 11, 26);
    private final VotingRightsPolicy rights = new VotingRightsPolicy();
    private final SeatTermPolicy seats = new SeatTermPolicy();
    private final OrganExistencePolicy existence = new OrganExistencePolicy();

    @Test
    void aMemberWhoseArrearsEqualTheTwoPrecedingYearsLosesItsVote() {
        VotingRight right = rights.decide("SO", DAY, member(), balance("300.00", "100.00", "200.00"));
        assertThat(right.mayVote()).isFalse();
        assertThat(right.reasonKey()).isEqualTo("governance.rights.arrears");
        assertThat(right.arrears()).isEqualByComparingTo("200.00");
    }

    @Test
    void aMemberOneCentBelowTheThresholdKeepsItsVote() {
        VotingRight right = rights.decide("SO", DAY, member(), balance("300.00", "100.01", "200.00"));
        assertThat(right.mayVote()).isTrue();
    }

    @Test
    void aNewMemberWithNothingAssessedMayVote() {
        assertThat(rights.decide("GB", DAY, member(), Balance.empty("GB")).mayVote())
                .isTrue();
    }

    @Test
    void anAdvancePaymentIsACreditNotNegativeArrears() {
        assertThat(balance("100.00", "250.00", "100.00").arrears()).isZero();
    }

    @Test
    void observersAndNonMembersNeverVote() {
        StateStatus observer =
                new StateStatus(UUID.randomUUID(), "SA", MembershipStatus.OBSERVER, null, DAY, null, null);
        assertThat(rights.decide("SA", DAY, Optional.of(observer), Balance.empty("SA"))
                        .reasonKey())
                .isEqualTo("governance.rights.observer");
        assertThat(rights.decide("AQ", DAY, Optional.empty(), Balance.empty("AQ"))
                        .reasonKey())
                .isEqualTo("governance.rights.not-member");
    }

    @Test
    void aTermOverlappingTheSameSeatIsRefusedWithTheOtherTerm() {
        SeatTerm held = new SeatTerm(UUID.randomUUID(), UUID.randomUUID(), "KE", date(2010, 1, 1), date(2011, 12, 31));
        List<Violation> v = seats.check(
                new SeatTermCommand("KE", date(2011, 1, 1), date(2012, 12, 31)),
                new SeatTermPolicy.Context(excom(), List.of(held), 9, true));
        assertThat(v).extracting(Violation::messageKey).containsExactly("governance.term.overlap");
        assertThat(v.get(0).args()).containsExactly(date(2010, 1, 1), date(2011, 12, 31));
    }

    @Test
    void aTermAfterTheOrganWasDissolvedOrByANonMemberIsRefused() {
        List<Violation> v = seats.check(
                new SeatTermCommand("KE", date(2014, 1, 1), date(2015, 12, 31)),
                new SeatTermPolicy.Context(excom(), List.of(), 0, false));
        assertThat(v)
                .extracting(Violation::messageKey)
                .contains("governance.term.outside-organ", "governance.term.not-member");
    }

    @Test
    void aTenthStateFindsNoFreeSeatOnANineSeatCommittee() {
        List<Violation> v = seats.check(
                new SeatTermCommand("KE", date(2010, 1, 1), date(2011, 12, 31)),
                new SeatTermPolicy.Context(excom(), List.of(), 9, true));
        assertThat(v).extracting(Violation::messageKey).containsExactly("governance.term.no-free-seat");
    }

    @Test
    void aPaymentInACurrencyIso4217DoesNotKnowIsRefused() {
        KnownCurrencyPolicy policy = new KnownCurrencyPolicy();
        assertThat(policy.check("XYZ", new BigDecimal("10")))
                .extracting(Violation::messageKey)
                .containsExactly("governance.payment.unknown-currency");
        assertThat(policy.check("JPY", new BigDecimal("10.5")))
                .extracting(Violation::messageKey)
                .containsExactly("governance.payment.too-many-decimals");
        assertThat(policy.check("EUR", new BigDecimal("1070.00"))).isEmpty();
    }

    @Test
    void aLocalizedTextFallsBackToEnglish() {
        LocalizedText text = new LocalizedText(Map.of("en", "Council", "fr", "Conseil"));
        assertThat(text.in(java.util.Locale.FRENCH)).isEqualTo("Conseil");
        assertThat(text.in(java.util.Locale.KOREAN)).isEqualTo("Council");
        assertThat(LocalizedText.fromJson(text.toJson())).isEqualTo(text);
    }

    @Test
    void anOrganIsNotDissolvedBeforeItsLastSessionOrTermNorTwice() {
        Organ open = new Organ(
                UUID.randomUUID(),
                "SCPF",
                LocalizedText.english("Standing Committee"),
                LocalizedText.english(""),
                OrganKind.EXECUTIVE,
                null,
                null,
                date(2013, 11, 27),
                null);
        assertThat(existence.checkDissolution(open, date(2024, 12, 31), Optional.of(date(2025, 6, 3))))
                .extracting(Violation::messageKey)
                .containsExactly("governance.organ.business-after");
        assertThat(existence.checkDissolution(open, date(2010, 1, 1), Optional.empty()))
                .extracting(Violation::messageKey)
                .containsExactly("governance.organ.dissolved-before-start");
        assertThat(existence.checkDissolution(open, date(2025, 6, 3), Optional.of(date(2025, 6, 3))))
                .isEmpty();
        assertThat(existence.checkDissolution(excom(), date(2020, 1, 1), Optional.empty()))
                .extracting(Violation::messageKey)
                .containsExactly("governance.organ.already-dissolved");
    }

    @Test
    void aNewNameMustBeginAfterTheCurrentOne() {
        var names = List.of(
                new OrganisationName("World Organisation for Human Mobility", "WOHM", date(1989, 11, 14), null));
        assertThat(new OrganisationNamePolicy().check(new NameCommand("Next", "N", date(1989, 11, 14)), names))
                .extracting(Violation::messageKey)
                .containsExactly("governance.name.overlap");
        assertThat(new OrganisationNamePolicy().check(new NameCommand("Next", "N", date(1989, 11, 15)), names))
                .isEmpty();
    }

    @Test
    void anObserverPeriodOverlappingAnotherOfTheSameOrganisationIsRefused() {
        var policy = new ObserverStatusPolicy();
        var ended = new ObserverOrganisation(
                UUID.randomUUID(), "Aid", "NON_GOVERNMENTAL", date(1955, 4, 1), date(1990, 1, 1));
        assertThat(policy.checkNew(new ObserverCommand("Aid", "NON_GOVERNMENTAL", date(1989, 12, 31)), List.of(ended)))
                .extracting(Violation::messageKey)
                .containsExactly("governance.observer-organisation.overlap");
        assertThat(policy.checkNew(new ObserverCommand("Aid", "NON_GOVERNMENTAL", date(1990, 1, 1)), List.of(ended)))
                .isEmpty();
        assertThat(policy.checkEnd(ended, date(1995, 1, 1)))
                .extracting(Violation::messageKey)
                .containsExactly("governance.observer-organisation.already-ended");
    }

    private static Optional<StateStatus> member() {
        return Optional.of(
                new StateStatus(UUID.randomUUID(), "SO", MembershipStatus.MEMBER, null, date(1990, 1, 1), null, null));
    }

    private static Balance balance(String assessed, String paid, String twoYears) {
        return new Balance("SO", new BigDecimal(assessed), new BigDecimal(paid), new BigDecimal(twoYears));
    }

    private static Organ excom() {
        return new Organ(
                UUID.randomUUID(),
                "EXCOM",
                LocalizedText.english("Executive Committee"),
                LocalizedText.english(""),
                OrganKind.EXECUTIVE,
                null,
                9,
                date(1951, 12, 5),
                date(2013, 11, 27));
    }

    private static LocalDate date(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }
}
