package org.pravaas.governance.budget;

import java.math.BigDecimal;
import java.util.List;
import org.pravaas.governance.budget.BudgetLines.Assessment;
import org.pravaas.governance.budget.BudgetLines.Budget;
import org.pravaas.governance.budget.BudgetLines.Total;
import org.pravaas.governance.budget.BudgetLines.Voluntary;

/** A year's budget: the administrative part and its scale of assessment, the operational part. */
public record BudgetYear(
        Budget budget,
        List<Assessment> scale,
        List<Voluntary> voluntary,
        List<Total> byDonor,
        List<Total> byProgramme) {

    public BigDecimal assessedTotal() {
        return scale.stream().map(Assessment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal percentageTotal() {
        return scale.stream().map(Assessment::percentage).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
