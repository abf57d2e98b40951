package org.pravaas.skills;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pravaas.skills.opening.Opening;
import org.pravaas.skills.opening.OpeningCommand;
import org.pravaas.skills.opening.OpeningKind;
import org.pravaas.skills.opening.OpeningService;
import org.pravaas.skills.opening.OrganisationType;
import org.pravaas.skills.profile.Availability;
import org.pravaas.skills.profile.Profile;
import org.pravaas.skills.profile.ProfileCommand;
import org.pravaas.skills.profile.ProfileKind;
import org.pravaas.skills.profile.ProfileService;

/** People, profiles and openings for the skills tests, made through the real services and API. */
public final class SkillsFixtures {
    public static final String TOKEN = "pravaas-demo-admin-token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SkillsFixtures() {}

    public static HttpResponse<String> api(int port, String method, String path, String json) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", "en")
                        .method(
                                method,
                                json == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A new registry person in the admin's office (HQ), through the registry API. */
    public static UUID person(int port, String given, String family) throws Exception {
        String json =
                """
                {"person": {"names": [{"given": "%s", "family": "%s"}], "sex": "F", "birthDate": "1988-04-02",
                 "nationalities": ["SY"]}, "confirmedNew": true}"""
                        .formatted(given, family);
        var created = api(port, "POST", "/api/v1/persons", json);
        if (created.statusCode() != 201) throw new IllegalStateException(created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    public static Profile profile(ProfileService profiles, UUID person, String occupation, boolean consent) {
        return profiles.create(new ProfileCommand(
                person,
                ProfileKind.EXPERT,
                "Intensive care nurse",
                List.of(occupation),
                List.of("intensive care", "triage"),
                9,
                "LB",
                "SY",
                List.of(Availability.SHORT_ASSIGNMENT),
                null,
                consent,
                List.of("ar:native", "en:B2")));
    }

    public static Opening opening(OpeningService openings, LocalDate starts, LocalDate ends) {
        return openings.post(new OpeningCommand(
                OpeningKind.ASSIGNMENT,
                "ICU nurses " + UUID.randomUUID(),
                "Test hospital",
                OrganisationType.HOSPITAL,
                "SY",
                null,
                "2221",
                List.of("intensive care", "triage"),
                List.of("ar:C1"),
                Availability.SHORT_ASSIGNMENT,
                5,
                starts,
                ends,
                ""));
    }
}
