package org.pravaas.governance.session;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A session to convene: its organ, number, dates and venue. */
public record SessionCommand(
        @NotNull(message = "{validation.required}") UUID organId,
        @NotNull(message = "{validation.required}") @Min(value = 1, message = "{governance.session.number-positive}")
                Integer number,
        boolean special,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String venue,
        @Nullable String report) {}
