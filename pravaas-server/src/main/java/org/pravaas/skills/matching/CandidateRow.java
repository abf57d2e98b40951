package org.pravaas.skills.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.skills.profile.Availability;
import org.pravaas.skills.profile.Profile;
import org.pravaas.skills.profile.SpokenLanguage;

/** A profile as the ranker reads it. */
public record CandidateRow(
        UUID profileId,
        UUID personId,
        UUID officeId,
        List<String> occupations,
        List<String> skills,
        List<SpokenLanguage> languages,
        Set<Availability> availability,
        @Nullable LocalDate availableFrom,
        String residence,
        String origin,
        int experienceYears) {

    public static CandidateRow of(Profile p) {
        return new CandidateRow(
                p.id(),
                p.personId(),
                p.officeId(),
                p.occupations(),
                p.skills(),
                p.languages(),
                p.availability(),
                p.availableFrom(),
                p.residenceCountry(),
                p.originCountry(),
                p.experienceYears());
    }
}
