package org.pravaas.governance.budget;

import java.math.BigDecimal;

/**
 * A member's account on a day: contributions assessed for the years before that day's year,
 * payments credited up to that day, and the contributions of the two preceding years.
 */
public record Balance(String country, BigDecimal assessedBefore, BigDecimal paid, BigDecimal twoPrecedingYears) {
    public static Balance empty(String country) {
        return new Balance(country, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** What is owed for earlier years, never negative: an advance payment is a credit, not a debt. */
    public BigDecimal arrears() {
        return assessedBefore.subtract(paid).max(BigDecimal.ZERO);
    }
}
