package org.pravaas.voting.election;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Opens a station in a host country, run by an office. */
public record StationCommand(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Z0-9-]+") @Nullable String code,
        @NotBlank @Size(max = 120) @Nullable String name,
        @NotBlank @Pattern(regexp = "[A-Z]{2}") @Nullable String hostCountry,
        @NotBlank @Size(max = 80) @Nullable String city,
        @NotBlank @Size(max = 20) @Nullable String officeCode) {

    public static StationCommand blank() {
        return new StationCommand(null, null, null, null, null);
    }
}
