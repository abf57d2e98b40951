package org.pravaas.organization.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** An agreement with a partner and the dates it runs. */
public record Agreement(
        @Nullable UUID id,
        @NotNull(message = "{validation.required}") AgreementType type,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.too-long}")
                String reference,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {

    /** "upcoming", "active" or "ended" on the given day. */
    public String statusOn(LocalDate day) {
        if (startsOn.isAfter(day)) {
            return "upcoming";
        }
        return endsOn != null && endsOn.isBefore(day) ? "ended" : "active";
    }
}
