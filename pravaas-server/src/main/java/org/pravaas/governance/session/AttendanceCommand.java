package org.pravaas.governance.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A delegation present at a session: its state and, when known, who led it. */
public record AttendanceCommand(
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Z]{2}", message = "{validation.country}")
                String country,
        @Nullable @Size(max = 200, message = "{validation.too-long}") String head) {}
