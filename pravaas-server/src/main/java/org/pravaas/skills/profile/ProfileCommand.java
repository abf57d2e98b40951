package org.pravaas.skills.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Creates or changes a profile. Lists are written as forms send them, comma-separated:
 * occupations as ISCO-08 unit codes ({@code 2221, 2212}), skills as words ({@code paediatrics,
 * intensive care}), languages as {@code code:level} ({@code ar:native, fr:B2}).
 */
public record ProfileCommand(
        @NotNull @Nullable UUID personId,
        @NotNull @Nullable ProfileKind kind,
        @NotBlank @Size(max = 200) @Nullable String headline,
        @NotEmpty @Size(max = 5) @Nullable List<String> occupations,
        @Size(max = 40) @Nullable List<String> skills,
        @NotNull @Min(0) @Max(70) @Nullable Integer experienceYears,
        @NotBlank @Size(min = 2, max = 2) @Nullable String residenceCountry,
        @NotBlank @Size(min = 2, max = 2) @Nullable String originCountry,
        @NotEmpty @Nullable List<Availability> availability,
        @Nullable LocalDate availableFrom,
        boolean consentContact,
        @Size(max = 12) @Nullable List<String> languages) {

    public static ProfileCommand blank(@Nullable UUID person) {
        return new ProfileCommand(
                person,
                ProfileKind.EXPERT,
                null,
                List.of(),
                List.of(),
                0,
                null,
                null,
                List.of(Availability.SHORT_ASSIGNMENT),
                null,
                false,
                List.of());
    }

    public static ProfileCommand of(Profile p) {
        return new ProfileCommand(
                p.personId(),
                p.kind(),
                p.headline(),
                p.occupations(),
                p.skills(),
                p.experienceYears(),
                p.residenceCountry(),
                p.originCountry(),
                List.copyOf(p.availability()),
                p.availableFrom(),
                p.consentContact(),
                p.languages().stream().map(SpokenLanguage::toString).toList());
    }
}
