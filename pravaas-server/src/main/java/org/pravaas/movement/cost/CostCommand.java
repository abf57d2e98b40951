package org.pravaas.movement.cost;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A cost to record, as typed in a form or sent to the API; every field may be missing and is
 * checked by {@link CostRules}, so the refusal names each field at once.
 */
public record CostCommand(
        @Nullable String category,
        @Nullable String budgetLine,
        @Nullable BigDecimal amount,
        @Nullable String currency) {}
