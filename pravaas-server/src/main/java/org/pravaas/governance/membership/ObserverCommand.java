package org.pravaas.governance.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An intergovernmental or non-governmental organisation granted observer status from a day. */
public record ObserverCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String name,
        @NotBlank(message = "{validation.required}")
                @Pattern(regexp = "INTERGOVERNMENTAL|NON_GOVERNMENTAL", message = "{validation.unknown}")
                String kind,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from) {

    public static ObserverCommand blank() {
        return new ObserverCommand("", "NON_GOVERNMENTAL", LocalDate.now());
    }
}
