package org.pravaas.governance.organ;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A Director General or Deputy taking office, from the first day to the last, if known. */
public record HeadCommand(
        @NotBlank(message = "{validation.required}")
                @Pattern(regexp = "DIRECTOR_GENERAL|DEPUTY_DIRECTOR_GENERAL", message = "{validation.unknown}")
                String post,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String name,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    public static HeadCommand blank() {
        return new HeadCommand("DIRECTOR_GENERAL", "", LocalDate.now(), null);
    }
}
