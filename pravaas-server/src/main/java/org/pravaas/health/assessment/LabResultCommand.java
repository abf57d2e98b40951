package org.pravaas.health.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A laboratory result to add to an assessment. */
public record LabResultCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.too-long}") @Nullable
                String test,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                LocalDate sampledOn,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                LocalDate resultedOn,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") @Nullable
                String result) {
    public static LabResultCommand blank() {
        return new LabResultCommand(null, null, null, null);
    }
}
