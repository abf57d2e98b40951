package org.pravaas.governance.budget;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A voluntary contribution pledged by a donor (a state's ISO code or a name) to a programme. */
public record VoluntaryCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String donor,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}")
                String programme,
        @NotNull(message = "{validation.required}")
                @DecimalMin(value = "0.01", message = "{governance.payment.positive}")
                BigDecimal amount,
        @NotBlank(message = "{validation.required}")
                @Pattern(regexp = "[A-Z]{3}", message = "{governance.payment.currency-code}")
                String currency) {

    public static VoluntaryCommand blank() {
        return new VoluntaryCommand("", "", null, "USD");
    }
}
