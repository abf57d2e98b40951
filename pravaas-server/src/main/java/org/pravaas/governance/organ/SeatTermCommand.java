package org.pravaas.governance.organ;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A member state elected to a seat on an organ, from its first to its last day. */
public record SeatTermCommand(
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Z]{2}", message = "{validation.country}")
                String country,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    public static SeatTermCommand blank() {
        LocalDate start = LocalDate.now().withDayOfYear(1).plusYears(1);
        return new SeatTermCommand("", start, start.plusYears(2).minusDays(1));
    }

    public @Nullable LocalDate lastDay() {
        return to;
    }
}
