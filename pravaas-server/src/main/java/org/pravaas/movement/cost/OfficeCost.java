package org.pravaas.movement.cost;

import java.math.BigDecimal;
import java.util.UUID;

/** An office's net costs on one budget line, category and currency over a period. */
public record OfficeCost(
        UUID officeId, String budgetLine, Cost.Category category, String currency, BigDecimal amount, long entries) {}
