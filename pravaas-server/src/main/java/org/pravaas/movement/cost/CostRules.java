package org.pravaas.movement.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pravaas.movement.loan.Money;
import org.pravaas.movement.travel.Fares;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;

/**
 * What a cost entry must be: a known category; a budget line code as finance writes them
 * (letters, digits, {@code . / _ -}, 2 to 40 characters, compared in upper case); a positive amount
 * exact in the minor unit of a valid ISO 4217 currency; and for a reversal, a reason.
 */
final class CostRules {
    static final Pattern BUDGET_LINE = Pattern.compile("[A-Z0-9][A-Z0-9./_-]{1,39}");
    static final int REASON_MAX = 500;
    // numeric(16, 3) holds 13 integer digits; far above any one movement's cost.
    static final BigDecimal MAX = new BigDecimal("1000000000");

    private CostRules() {}

    /** The checked entry to store, or a refusal naming every field that is wrong. */
    static Checked check(CostCommand c) {
        List<Violation> problems = new ArrayList<>();
        Cost.Category category = category(c.category(), problems);
        String line = budgetLine(c.budgetLine(), problems);
        Currency currency = Fares.currency(c.currency(), "currency", problems);
        Fares.exact(c.amount(), currency, "amount", problems);
        if (c.amount() != null && c.amount().compareTo(MAX) > 0)
            problems.add(new Violation("amount", "movement.cost.too-large", MAX.toPlainString()));
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        // Money.of fails on a fraction the currency cannot hold; the check above already refused it.
        Money money = Money.of(requireNonNull(c.amount()), requireNonNull(currency));
        return new Checked(requireNonNull(category), line, money);
    }

    static String reason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) throw new RuleViolation("reason", "movement.cost.reason-required");
        if (reason.strip().length() > REASON_MAX)
            throw new RuleViolation("reason", "movement.cost.reason-too-long", REASON_MAX);
        return reason.strip();
    }

    record Checked(Cost.Category category, String budgetLine, Money money) {}

    private static Cost.@Nullable Category category(@Nullable String value, List<Violation> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Violation("category", "movement.cost.category-required"));
            return null;
        }
        try {
            return Cost.Category.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Violation("category", "movement.cost.unknown-category", value));
            return null;
        }
    }

    private static String budgetLine(@Nullable String value, List<Violation> problems) {
        String line = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (line.isEmpty()) {
            problems.add(new Violation("budgetLine", "movement.cost.budget-line-required"));
        } else if (!BUDGET_LINE.matcher(line).matches()) {
            problems.add(new Violation("budgetLine", "movement.cost.budget-line-shape"));
        }
        return line;
    }

    private static <T> T requireNonNull(@Nullable T value) {
        if (value == null) throw new IllegalStateException("checked above");
        return value;
    }
}
