package org.pravaas.movement.cost;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A movement's cost entries with their totals per category and per budget line, each per currency:
 * amounts in different currencies are never added together.
 */
public record CostLedger(List<Cost> entries, List<Total> byCategory, List<Total> byBudgetLine) {

    /** The net of one category or budget line in one currency, reversals included. */
    public record Total(String key, String currency, BigDecimal amount) {}

    public static CostLedger of(List<Cost> entries) {
        return new CostLedger(
                List.copyOf(entries), totals(entries, c -> c.category().name()), totals(entries, Cost::budgetLine));
    }

    static List<Total> totals(List<Cost> entries, Function<Cost, String> key) {
        Map<String, Map<String, BigDecimal>> sums = new TreeMap<>();
        for (Cost c : entries) {
            sums.computeIfAbsent(key.apply(c), k -> new TreeMap<>()).merge(c.currency(), c.amount(), BigDecimal::add);
        }
        return sums.entrySet().stream()
                .flatMap(e -> e.getValue().entrySet().stream()
                        .map(s -> new Total(e.getKey(), s.getKey(), scaled(s.getValue(), s.getKey()))))
                .sorted(Comparator.comparing(Total::currency).thenComparing(Total::key))
                .toList();
    }

    private static BigDecimal scaled(BigDecimal amount, String currency) {
        return amount.setScale(Currency.getInstance(currency).getDefaultFractionDigits());
    }
}
