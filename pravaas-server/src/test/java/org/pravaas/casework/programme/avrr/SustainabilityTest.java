package org.pravaas.casework.programme.avrr;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pravaas.casework.programme.avrr.Indicator.Dimension;
import org.pravaas.casework.programme.avrr.Sustainability.Answer;

/** The score: shares of each answer's scale, weighted within a dimension, dimensions averaged. */
class SustainabilityTest {
    @Test
    void aDimensionIsTheWeightedMeanOfItsAnswersAndOverallTheMeanOfTheDimensions() {
        var scores = Sustainability.score(List.of(
                new Answer("income", Dimension.ECONOMIC, new BigDecimal("3"), 4, 4), // 1.0 × 3
                new Answer("debt", Dimension.ECONOMIC, new BigDecimal("1"), 4, 0), //   0.0 × 1 → 3/4
                new Answer("housing", Dimension.SOCIAL, new BigDecimal("1"), 2, 1), // 0.5
                new Answer("safety", Dimension.PSYCHOSOCIAL, new BigDecimal("0.5"), 10, 10), // 1.0 × 0.5
                new Answer("network", Dimension.PSYCHOSOCIAL, new BigDecimal("1.5"), 10, 0))); // → 0.25
        assertThat(scores.economic()).isEqualByComparingTo("0.75");
        assertThat(scores.social()).isEqualByComparingTo("0.5");
        assertThat(scores.psychosocial()).isEqualByComparingTo("0.25");
        assertThat(scores.overall()).isEqualByComparingTo("0.5");
    }

    @Test
    void weightsCountOnlyRelativeToEachOther() {
        var once = Sustainability.score(List.of(
                new Answer("a", Dimension.SOCIAL, new BigDecimal("1"), 4, 1),
                new Answer("b", Dimension.SOCIAL, new BigDecimal("2"), 4, 4)));
        var scaled = Sustainability.score(List.of(
                new Answer("a", Dimension.SOCIAL, new BigDecimal("10"), 4, 1),
                new Answer("b", Dimension.SOCIAL, new BigDecimal("20"), 4, 4)));
        assertThat(once.social()).isEqualByComparingTo("0.75").isEqualByComparingTo(scaled.social());
    }
}
