package org.pravaas.health.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A destination profile as a health officer edits it. {@code vaccines} holds one requirement a
 * line, {@code VACCINE; from months; to months (blank: no limit); doses}.
 */
public record ProfileCommand(
        @NotBlank(message = "{validation.required}")
                @Pattern(regexp = "[A-Z]{2}-[A-Z0-9]{2,10}", message = "{health.validation.format}")
                String code,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.too-long}") String name,
        @NotBlank(message = "{validation.required}")
                @Pattern(regexp = "[A-Z]{2}", message = "{health.validation.format}")
                String country,
        @NotNull(message = "{validation.required}")
                @Min(value = 0, message = "{health.validation.range}")
                @Max(value = 120, message = "{health.validation.range}")
                Integer xrayFromAge,
        boolean sputumWhenXrayAbnormal,
        @NotNull(message = "{validation.required}")
                @Min(value = 1, message = "{health.validation.range}")
                @Max(value = 8760, message = "{health.validation.range}")
                Integer fitValidHours,
        @Nullable @Size(max = 4000, message = "{validation.too-long}") String vaccines) {

    public static ProfileCommand of(DestinationProfile p) {
        return new ProfileCommand(
                p.code(),
                p.name(),
                p.country(),
                p.xrayFromAge(),
                p.sputumWhenXrayAbnormal(),
                p.fitValidHours(),
                String.join(
                        "\n",
                        p.vaccines().stream().map(VaccineRequirement::line).toList()));
    }

    public static ProfileCommand blank() {
        return new ProfileCommand("", "", "", 15, true, 72, "");
    }
}
