package org.pravaas.skills.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Adds a qualification to a profile. */
public record QualificationCommand(
        @NotBlank @Size(max = 200) @Nullable String title,
        @NotNull @Nullable QualificationLevel level,
        @NotBlank @Size(min = 2, max = 2) @Nullable String issuingCountry,
        @Min(1950) @Max(2100) @Nullable Integer awardedYear,
        @NotNull @Nullable Recognition recognition,
        @Size(max = 2) @Nullable String recognisedIn) {

    public static QualificationCommand blank() {
        return new QualificationCommand(null, QualificationLevel.BACHELOR, null, null, Recognition.NOT_REQUESTED, null);
    }
}
