package org.pravaas.movement.travel;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.RuleViolation.Violation;

/** An amount is exact in its ISO 4217 currency: no more decimals than the currency’s minor unit. */
public final class Fares {
    private Fares() {}

    public static @Nullable Currency currency(@Nullable String code, String field, List<Violation> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new Violation(field, "movement.money.currency-required"));
            return null;
        }
        try {
            Currency c = Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
            if (c.getDefaultFractionDigits() < 0) throw new IllegalArgumentException("no minor unit");
            return c;
        } catch (IllegalArgumentException e) {
            problems.add(new Violation(field, "movement.money.unknown-currency", code));
            return null;
        }
    }

    public static void exact(
            @Nullable BigDecimal amount, @Nullable Currency c, String field, List<Violation> problems) {
        if (amount == null || amount.signum() <= 0) {
            problems.add(new Violation(field, "movement.money.positive"));
        } else if (c != null && amount.stripTrailingZeros().scale() > c.getDefaultFractionDigits()) {
            problems.add(new Violation(
                    field, "movement.money.too-precise", c.getCurrencyCode(), c.getDefaultFractionDigits()));
        }
    }
}
