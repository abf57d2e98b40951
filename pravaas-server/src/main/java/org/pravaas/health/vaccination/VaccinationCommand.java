package org.pravaas.health.vaccination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A dose to record: the vaccine's code (as the profiles name it), the lot on the vial, the day given. */
public record VaccinationCommand(
        @NotBlank(message = "{validation.required}")
                @Pattern(regexp = "[A-Za-z][A-Za-z0-9_-]{1,19}", message = "{health.validation.format}")
                @Nullable
                String vaccine,
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.too-long}") @Nullable
                String lot,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                LocalDate givenOn) {
    public static VaccinationCommand blank(LocalDate today) {
        return new VaccinationCommand(null, null, today);
    }
}
