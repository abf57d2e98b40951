package org.pravaas.skills.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person's skills profile. Only profiles with {@code consentContact} are offered to openings:
 * a person who did not agree to be contacted is never proposed to an employer.
 */
public record Profile(
        UUID id,
        UUID personId,
        UUID officeId,
        ProfileKind kind,
        String headline,
        List<String> occupations,
        List<String> skills,
        int experienceYears,
        String residenceCountry,
        String originCountry,
        Set<Availability> availability,
        @Nullable LocalDate availableFrom,
        boolean consentContact,
        @Nullable Instant consentAt,
        List<SpokenLanguage> languages,
        int version) {

    public Profile {
        occupations = List.copyOf(occupations);
        skills = List.copyOf(skills);
        availability = Set.copyOf(availability);
        languages = List.copyOf(languages);
    }
}
