package org.pravaas.displacement.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pravaas.displacement.operation.Round;
import org.pravaas.shared.RuleViolation.Violation;

/** The named rules an assessment passes, each refusing with the field and reason the user reads. */
class AssessmentPoliciesTest {
    private static final Round ROUND = new Round(
            UUID.randomUUID(), UUID.randomUUID(), 3, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 14), null, null);

    static AssessmentCommand counts(int individuals, int idps, int refugees, int[] sexAge) {
        return new AssessmentCommand(
                ROUND.id(),
                AssessmentKind.SITE,
                "CXB-001",
                null,
                LocalDate.of(2026, 3, 5),
                20,
                individuals,
                idps,
                0,
                refugees,
                0,
                sexAge[0],
                sexAge[1],
                sexAge[2],
                sexAge[3],
                sexAge[4],
                sexAge[5],
                null,
                DisplacementReason.CONFLICT,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void breakdownsThatAddUpPass() {
        assertThat(new BreakdownPolicy().check(counts(100, 40, 60, new int[] {25, 25, 20, 20, 5, 5})))
                .isEmpty();
    }

    @Test
    void populationGroupsThatDoNotAddUpAreRefusedOnTheIdpField() {
        var violations = new BreakdownPolicy().check(counts(100, 40, 50, new int[] {25, 25, 20, 20, 5, 5}));
        assertThat(violations).extracting(Violation::field).containsExactly("idps");
        assertThat(violations.get(0).messageKey()).isEqualTo("displacement.rule.groups-add-up");
        assertThat(violations.get(0).args()).containsExactly(90, 100);
    }

    @Test
    void sexAndAgeCellsThatDoNotAddUpAreRefused() {
        var violations = new BreakdownPolicy().check(counts(100, 40, 60, new int[] {25, 25, 20, 20, 5, 4}));
        assertThat(violations).extracting(Violation::messageKey).containsExactly("displacement.rule.sex-age-add-up");
    }

    @Test
    void moreHouseholdsThanPeopleIsRefused() {
        var violations = new BreakdownPolicy().check(counts(10, 10, 0, new int[] {5, 5, 0, 0, 0, 0}));
        assertThat(violations).extracting(Violation::field).containsExactly("households");
    }

    @Test
    void aDateOutsideTheRoundIsRefusedWithTheRoundsDates() {
        var violations = new RoundDatePolicy().check(ROUND, LocalDate.of(2026, 3, 15), null);
        assertThat(violations).extracting(Violation::field).containsExactly("assessedOn");
        assertThat(violations.get(0).args()).containsExactly("2026-03-15", 3, "2026-03-01", "2026-03-14");
        assertThat(new RoundDatePolicy().check(ROUND, LocalDate.of(2026, 3, 14), LocalDate.of(2026, 1, 2)))
                .isEmpty();
        assertThat(new RoundDatePolicy().check(ROUND, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3)))
                .extracting(Violation::field)
                .containsExactly("displacedOn");
    }

    @Test
    void aJumpBeyondTheFactorNeedsACommentEitherWay() {
        var policy = new PopulationJumpPolicy();
        BigDecimal two = new BigDecimal("2.00");
        assertThat(policy.check(OptionalInt.of(1000), 2001, two, null))
                .extracting(Violation::field)
                .containsExactly("comment");
        assertThat(policy.check(OptionalInt.of(1000), 499, two, " ")).hasSize(1);
        assertThat(policy.check(OptionalInt.of(1000), 2000, two, null)).isEmpty();
        assertThat(policy.check(OptionalInt.of(1000), 2500, two, "Relocation from camp 4"))
                .isEmpty();
        assertThat(policy.check(OptionalInt.empty(), 90_000, two, null)).isEmpty();
    }
}
