package org.pravaas.governance.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A member state's vote on a resolution. */
public record VoteCommand(
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Z]{2}", message = "{validation.country}")
                String country,
        @NotNull(message = "{validation.required}") Resolution.Choice choice) {}
