package org.pravaas.governance.organ;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A new name of the organisation, in use from a day on; the previous name ends the day before. */
public record NameCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String name,
        @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.too-long}") String acronym,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from) {

    public static NameCommand blank() {
        return new NameCommand("", "", LocalDate.now());
    }
}
