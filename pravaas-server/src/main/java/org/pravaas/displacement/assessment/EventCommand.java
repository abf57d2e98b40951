package org.pravaas.displacement.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A sudden displacement reported from the field, before any round covers it. */
public record EventCommand(
        @NotBlank @Size(max = 40) @Nullable String areaPcode,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate occurredOn,
        @NotNull @Nullable DisplacementReason reason,
        @NotNull @Min(0) @Max(10_000_000) @Nullable Integer households,
        @NotNull @Min(0) @Max(10_000_000) @Nullable Integer individuals,
        @NotBlank @Size(max = 500) @Nullable String description) {

    public static EventCommand blank() {
        return new EventCommand(null, null, DisplacementReason.DISASTER, null, null, null);
    }
}
