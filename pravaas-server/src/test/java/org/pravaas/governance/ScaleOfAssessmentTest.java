package org.pravaas.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pravaas.governance.budget.BudgetLines.Assessment;
import org.pravaas.governance.budget.ScaleOfAssessment;

/** Carrying the scale of assessment into a new year. */
class ScaleOfAssessmentTest {
    @Test
    void sharesTotalExactlyOneHundredAndContributionsTheBudget() {
        List<Assessment> scale = ScaleOfAssessment.of(
                2027,
                new BigDecimal("1000000.00"),
                List.of("US", "DE", "KE"),
                Map.of(
                        "US",
                        new BigDecimal("22.00000"),
                        "DE",
                        new BigDecimal("10.00000"),
                        "KE",
                        new BigDecimal("0.33333")));
        assertThat(scale.stream().map(Assessment::percentage).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");
        assertThat(scale.stream().map(Assessment::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1000000.00");
        assertThat(scale.get(0).percentage()).isGreaterThan(scale.get(1).percentage());
    }

    @Test
    void aNewMemberTakesTheSmallestShareAndAWithdrawnOneNone() {
        List<Assessment> scale = ScaleOfAssessment.of(
                2027,
                new BigDecimal("300.00"),
                List.of("DE", "GB"),
                Map.of("DE", new BigDecimal("2.00000"), "SO", new BigDecimal("1.00000")));
        assertThat(scale).extracting(Assessment::country).containsExactly("DE", "GB");
        assertThat(scale.get(0).amount()).isEqualByComparingTo("200.00");
        assertThat(scale.get(1).amount()).isEqualByComparingTo("100.00");
    }

    @Test
    void aYearWithoutMembersHasNoScale() {
        assertThat(ScaleOfAssessment.of(1951, BigDecimal.TEN, List.of(), Map.of()))
                .isEmpty();
    }
}
