package org.pravaas.governance.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pravaas.shared.RuleViolation.Violation;

/**
 * Money is in a currency ISO 4217 knows, with no more decimals than that currency has (a yen
 * has none, a dinar three).
 */
public class KnownCurrencyPolicy {
    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toSet());

    public List<Violation> check(String currency, BigDecimal amount) {
        List<Violation> violations = new ArrayList<>();
        if (!CODES.contains(currency)) {
            violations.add(new Violation("currency", "governance.payment.unknown-currency", currency));
            return violations;
        }
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        if (digits >= 0 && amount.stripTrailingZeros().scale() > digits) {
            violations.add(new Violation("amount", "governance.payment.too-many-decimals", currency, digits));
        }
        return violations;
    }

    public static boolean isKnown(String currency) {
        return CODES.contains(currency);
    }
}
