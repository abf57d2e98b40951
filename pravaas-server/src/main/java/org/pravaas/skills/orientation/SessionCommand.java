package org.pravaas.skills.orientation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Plans an orientation session. */
public record SessionCommand(
        @NotBlank @Size(max = 200) @Nullable String title,
        @NotBlank @Size(min = 2, max = 2) @Nullable String destinationCountry,
        @NotNull @Nullable LocalDate heldOn,
        @NotBlank @Size(max = 200) @Nullable String place,
        @NotNull @Min(1) @Max(1000) @Nullable Integer capacity) {

    public static SessionCommand blank() {
        return new SessionCommand(null, null, null, null, 30);
    }
}
