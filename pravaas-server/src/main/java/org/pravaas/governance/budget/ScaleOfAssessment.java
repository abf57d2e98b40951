package org.pravaas.governance.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.pravaas.governance.budget.BudgetLines.Assessment;

/**
 * A year's scale of assessment, carried over from the year before: each member keeps its
 * previous share, a new member takes the smallest share on the previous scale, and the shares
 * are scaled to total exactly 100 %. Contributions are the budget times the share, to the
 * centime; rounding differences of shares and of amounts go to the largest contributor, so
 * both add up exactly.
 */
public final class ScaleOfAssessment {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal FIRST_SHARE = BigDecimal.ONE;

    private ScaleOfAssessment() {}

    public static List<Assessment> of(
            int year, BigDecimal budget, List<String> members, Map<String, BigDecimal> previous) {
        if (members.isEmpty()) {
            return List.of();
        }
        BigDecimal smallest =
                previous.values().stream().min(Comparator.naturalOrder()).orElse(FIRST_SHARE);
        List<BigDecimal> weights =
                members.stream().map(m -> previous.getOrDefault(m, smallest)).toList();
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> shares = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        for (BigDecimal w : weights) {
            BigDecimal share = w.multiply(HUNDRED).divide(total, 5, RoundingMode.HALF_EVEN);
            shares.add(share);
            amounts.add(budget.multiply(share).movePointLeft(2).setScale(2, RoundingMode.HALF_EVEN));
        }
        int largest = largest(shares);
        shares.set(largest, shares.get(largest).add(HUNDRED.subtract(sum(shares))));
        amounts.set(largest, amounts.get(largest).add(budget.subtract(sum(amounts))));
        List<Assessment> scale = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            scale.add(new Assessment(year, members.get(i), shares.get(i), amounts.get(i)));
        }
        return scale;
    }

    private static int largest(List<BigDecimal> shares) {
        int index = 0;
        for (int i = 1; i < shares.size(); i++) {
            if (shares.get(i).compareTo(shares.get(index)) > 0) {
                index = i;
            }
        }
        return index;
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
