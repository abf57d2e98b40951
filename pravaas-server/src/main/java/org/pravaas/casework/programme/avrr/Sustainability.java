package org.pravaas.casework.programme.avrr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pravaas.casework.programme.avrr.Indicator.Dimension;

/**
 * The reintegration sustainability score. Each answer is first put on 0–1 (answer ÷ scale
 * maximum); a dimension's score is the weighted mean of its answers (Σ wᵢ·aᵢ/maxᵢ ÷ Σ wᵢ, so
 * weights are normalised within the dimension), and the overall score is the plain mean of the
 * three dimension scores, so that no dimension outweighs another by having more questions.
 */
final class Sustainability {
    private static final MathContext CONTEXT = MathContext.DECIMAL64;

    private Sustainability() {}

    /** One answered indicator with the weight and scale it was asked with. */
    record Answer(String code, Dimension dimension, BigDecimal weight, int scaleMax, int answer) {}

    record Scores(BigDecimal economic, BigDecimal social, BigDecimal psychosocial, BigDecimal overall) {}

    static Scores score(List<Answer> answers) {
        Map<Dimension, BigDecimal[]> sums = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) sums.put(d, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        for (Answer a : answers) {
            BigDecimal[] s = sums.get(a.dimension());
            BigDecimal share = BigDecimal.valueOf(a.answer()).divide(BigDecimal.valueOf(a.scaleMax()), CONTEXT);
            s[0] = s[0].add(a.weight().multiply(share, CONTEXT));
            s[1] = s[1].add(a.weight());
        }
        BigDecimal e = mean(sums.get(Dimension.ECONOMIC));
        BigDecimal s = mean(sums.get(Dimension.SOCIAL));
        BigDecimal p = mean(sums.get(Dimension.PSYCHOSOCIAL));
        BigDecimal overall = e.add(s).add(p).divide(BigDecimal.valueOf(3), CONTEXT);
        return new Scores(round(e), round(s), round(p), round(overall));
    }

    private static BigDecimal mean(BigDecimal[] weightedAndTotal) {
        if (weightedAndTotal[1].signum() == 0) return BigDecimal.ZERO;
        return weightedAndTotal[0].divide(weightedAndTotal[1], CONTEXT);
    }

    private static BigDecimal round(BigDecimal score) {
        return score.setScale(4, RoundingMode.HALF_EVEN);
    }
}
