package org.pravaas.governance.organ;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new organ: its code, kind, English name and mandate, its elected seats (absent when every
 * member state sits on it), and its first and, if already known, last day of existence.
 */
public record OrganCommand(
        @NotBlank(message = "{validation.required}")
                @Pattern(regexp = "[A-Z][A-Z0-9-]{1,19}", message = "{governance.organ.code-format}")
                String code,
        @NotNull(message = "{validation.required}") OrganKind kind,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String name,
        @Nullable @Size(max = 2000, message = "{validation.too-long}") String mandate,
        @Nullable @Min(value = 1, message = "{governance.organ.seats-positive}") Integer seats,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    public static OrganCommand blank() {
        return new OrganCommand("", OrganKind.SUBCOMMITTEE, "", null, null, LocalDate.now(), null);
    }
}
