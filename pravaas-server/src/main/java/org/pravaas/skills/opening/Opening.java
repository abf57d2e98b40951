package org.pravaas.skills.opening;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.skills.profile.Availability;
import org.pravaas.skills.profile.SpokenLanguage;

/**
 * An assignment or vacancy: where ({@code country}), what (one ISCO-08 unit group, skills,
 * languages), how ({@code availability}), how many places and when.
 *
 * @param sourceCountry for a vacancy, the country it recruits from ({@code null}: anywhere)
 */
public record Opening(
        UUID id,
        String reference,
        OpeningKind kind,
        UUID officeId,
        String title,
        String organisation,
        OrganisationType organisationType,
        String country,
        @Nullable String sourceCountry,
        String occupation,
        List<String> skills,
        List<SpokenLanguage> languages,
        Availability availability,
        int places,
        LocalDate startsOn,
        LocalDate endsOn,
        String conditions,
        OpeningStatus status) {

    public Opening {
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
    }

    public boolean open() {
        return status == OpeningStatus.OPEN;
    }

    public long months() {
        return Math.max(1, Math.round(ChronoUnit.DAYS.between(startsOn, endsOn.plusDays(1)) / 30.44));
    }
}
