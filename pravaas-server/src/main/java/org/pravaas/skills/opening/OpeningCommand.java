package org.pravaas.skills.opening;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pravaas.skills.profile.Availability;

/** Posts an opening; skills and languages are written as in a profile ({@code fr:B2}). */
public record OpeningCommand(
        @NotNull @Nullable OpeningKind kind,
        @NotBlank @Size(max = 200) @Nullable String title,
        @NotBlank @Size(max = 200) @Nullable String organisation,
        @NotNull @Nullable OrganisationType organisationType,
        @NotBlank @Size(min = 2, max = 2) @Nullable String country,
        @Size(max = 2) @Nullable String sourceCountry,
        @NotBlank @Size(max = 4) @Nullable String occupation,
        @Size(max = 20) @Nullable List<String> skills,
        @Size(max = 6) @Nullable List<String> languages,
        @NotNull @Nullable Availability availability,
        @NotNull @Min(1) @Max(10000) @Nullable Integer places,
        @NotNull @Nullable LocalDate startsOn,
        @NotNull @Nullable LocalDate endsOn,
        @Size(max = 4000) @Nullable String conditions) {

    public static OpeningCommand blank() {
        return new OpeningCommand(
                OpeningKind.ASSIGNMENT,
                null,
                null,
                OrganisationType.HOSPITAL,
                null,
                null,
                null,
                List.of(),
                List.of(),
                Availability.SHORT_ASSIGNMENT,
                1,
                null,
                null,
                null);
    }
}
