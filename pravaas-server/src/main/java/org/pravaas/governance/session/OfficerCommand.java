package org.pravaas.governance.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An officer elected for a session: chair, vice-chair or rapporteur, and the delegation they came from. */
public record OfficerCommand(
        @NotBlank(message = "{validation.required}")
                @Pattern(regexp = "CHAIR|VICE_CHAIR|RAPPORTEUR", message = "{validation.unknown}")
                String role,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String name,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Z]{2}", message = "{validation.country}")
                String country) {}
