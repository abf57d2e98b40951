package org.pravaas.governance.budget;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A payment received from a member state. {@code credited} is what it settles in the
 * accounting currency; it may be left out when the payment is in that currency.
 */
public record PaymentCommand(
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Z]{2}", message = "{validation.country}")
                String country,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
        @NotNull(message = "{validation.required}")
                @DecimalMin(value = "0.01", message = "{governance.payment.positive}")
                BigDecimal amount,
        @NotBlank(message = "{validation.required}")
                @Pattern(regexp = "[A-Z]{3}", message = "{governance.payment.currency-code}")
                String currency,
        @Nullable @DecimalMin(value = "0.01", message = "{governance.payment.positive}") BigDecimal credited,
        @Nullable String reference) {

    public static PaymentCommand blank(String country) {
        return new PaymentCommand(country, LocalDate.now(), null, Balances.ACCOUNTING_CURRENCY, null, "");
    }
}
