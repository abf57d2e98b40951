package org.pravaas.casework.programme.avrr;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.RuleViolation.Violation;

/**
 * Money as exact minor units of an ISO 4217 currency: 12.5 JOD is 12500 fils, 1000 JPY is 1000
 * yen. An amount finer than the currency's minor unit (0.001 USD, 0.5 JPY) is refused, never
 * rounded, so the sum of the lines is always what was typed.
 */
final class Amounts {
    private Amounts() {}

    static Optional<Currency> currency(@Nullable String code, List<Violation> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new Violation("currency", "programme.required"));
            return Optional.empty();
        }
        try {
            Currency c = Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
            if (c.getDefaultFractionDigits() < 0) throw new IllegalArgumentException("no minor unit");
            return Optional.of(c);
        } catch (IllegalArgumentException e) {
            problems.add(new Violation("currency", "avrr.currency.unknown", code.strip()));
            return Optional.empty();
        }
    }

    /** The amount in minor units, or empty (with the reason added) when it is missing, negative or too precise. */
    static Optional<Long> minor(@Nullable BigDecimal amount, Optional<Currency> currency, List<Violation> problems) {
        if (amount == null) {
            problems.add(new Violation("amount", "programme.required"));
            return Optional.empty();
        }
        if (amount.signum() < 0) {
            problems.add(new Violation("amount", "avrr.amount.negative"));
            return Optional.empty();
        }
        if (currency.isEmpty()) return Optional.empty();
        int digits = currency.get().getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > digits) {
            problems.add(new Violation(
                    "amount", "avrr.amount.too-precise", currency.get().getCurrencyCode(), digits));
            return Optional.empty();
        }
        try {
            return Optional.of(amount.movePointRight(digits).longValueExact());
        } catch (ArithmeticException e) {
            problems.add(new Violation("amount", "avrr.amount.too-large"));
            return Optional.empty();
        }
    }

    static BigDecimal major(long minor, String currency) {
        return BigDecimal.valueOf(minor, Currency.getInstance(currency).getDefaultFractionDigits());
    }
}
