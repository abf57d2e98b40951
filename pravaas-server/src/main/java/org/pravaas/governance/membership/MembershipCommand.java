package org.pravaas.governance.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.pravaas.governance.MembershipStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A state's new standing from a day on: admitted (or readmitted) as a member, or granted
 * observer status. An observer admitted as a member stops being an observer that day.
 */
public record MembershipCommand(
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Z]{2}", message = "{validation.country}")
                String country,
        @NotNull(message = "{validation.required}") MembershipStatus status,
        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate appliedOn,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @Nullable String note) {

    public static MembershipCommand blank() {
        return new MembershipCommand("", MembershipStatus.MEMBER, null, LocalDate.now(), "");
    }
}
