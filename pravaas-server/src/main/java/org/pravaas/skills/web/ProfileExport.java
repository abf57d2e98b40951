package org.pravaas.skills.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pravaas.registry.PersonSummary;
import org.pravaas.shared.web.Csv;
import org.pravaas.skills.profile.Availability;
import org.pravaas.skills.profile.Profile;
import org.pravaas.skills.profile.ProfileKind;
import org.pravaas.skills.profile.ProfileService;
import org.pravaas.skills.profile.SpokenLanguage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The profiles a search finds, as a CSV file (audited as an export; at most 5,000 rows). */
@Controller
class ProfileExport {
    private final ProfileService profiles;
    private final PersonNames names;

    ProfileExport(ProfileService profiles, PersonNames names) {
        this.profiles = profiles;
        this.names = names;
    }

    @GetMapping("/skills/profiles.csv")
    void export(
            @RequestParam(required = false) @Nullable ProfileKind kind,
            @RequestParam(required = false) @Nullable String q,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        List<Profile> found = profiles.export(kind, q);
        var people = names.of(found.stream().map(Profile::personId).toList());
        try (Csv csv = Csv.download(response, "skills-profiles.csv")) {
            csv.row(List.of(
                    "reference",
                    "name",
                    "latin_name",
                    "headline",
                    "kind",
                    "isco08",
                    "skills",
                    "languages",
                    "experience_years",
                    "origin",
                    "residence",
                    "availability",
                    "available_from",
                    "consent"));
            for (Profile p : found) {
                PersonSummary person = people.get(p.personId());
                csv.row(java.util.Arrays.asList(
                        person == null ? "" : person.reference(),
                        person == null ? "" : person.name(),
                        person == null ? "" : person.latinName(),
                        p.headline(),
                        p.kind().name(),
                        String.join(" ", p.occupations()),
                        String.join("; ", p.skills()),
                        String.join(
                                " ",
                                p.languages().stream()
                                        .map(SpokenLanguage::toString)
                                        .toList()),
                        p.experienceYears(),
                        p.originCountry(),
                        p.residenceCountry(),
                        String.join(
                                " ",
                                p.availability().stream()
                                        .map(Availability::name)
                                        .sorted()
                                        .toList()),
                        p.availableFrom(),
                        p.consentContact()));
            }
        }
    }
}
