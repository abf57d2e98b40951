package org.pravaas.governance.budget;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The administrative budget the Council adopted for a year, in the accounting currency. */
public record BudgetCommand(
        @NotNull(message = "{validation.required}")
                @Min(value = 1952, message = "{governance.budget.year-range}")
                @Max(value = 2200, message = "{governance.budget.year-range}")
                Integer year,
        @NotNull(message = "{validation.required}")
                @DecimalMin(value = "0.01", message = "{governance.payment.positive}")
                @Digits(integer = 14, fraction = 2, message = "{governance.budget.amount-digits}")
                BigDecimal administrative,
        @Nullable @Size(max = 200, message = "{validation.too-long}") String approvedBy) {}
