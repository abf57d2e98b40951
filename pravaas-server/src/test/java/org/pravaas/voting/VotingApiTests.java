package org.pravaas.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.voting.election.Elections;
import org.pravaas.voting.election.Stations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The voting API as another system uses it, with the demo administrator's token. */
@PravaasTest
class VotingApiTests {
    private static final String TOKEN = "pravaas-demo-admin-token";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Elections elections;

    @Autowired
    Stations stations;

    private HttpResponse<String> send(String method, String path, String json, String language) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Accept-Language", language)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aVoterRegisteredOverTheApiVotesOnceAndTheSecondAttemptIsAProblemWithTheReason() throws Exception {
        var e = elections.byCode("OCV-2026").orElseThrow();
        var london = stations.byCode(e.id(), "GB-LON-01").orElseThrow();
        String body =
                """
                {"stationId": "%s", "given": "Tariq", "family": "Al-Hashimi", "birthDate": "1975-10-10", "sex": "M",
                 "citizenship": "IQ", "document1Kind": "PASSPORT", "document1Number": "API-1",
                 "document2Kind": "CONSULAR_CARD", "document2Number": "CC-77"}
                """
                        .formatted(london.id());
        var created = send("POST", "/api/v1/voting/voters", body, "en");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"status\":\"REGISTERED\"");
        Matcher receipt = Pattern.compile("\"receipt\":\"([^\"]+)\"").matcher(created.body());
        assertThat(receipt.find()).isTrue();
        String vote = "{\"receipt\": \"" + receipt.group(1) + "\"}";
        var first = send("POST", "/api/v1/voting/stations/" + london.id() + "/votes", vote, "en");
        assertThat(first.statusCode()).isEqualTo(201);
        var second = send("POST", "/api/v1/voting/stations/" + london.id() + "/votes", vote, "fr");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body())
                .contains("voting.poll.already-voted")
                .contains("A déjà voté")
                .contains("GB-LON-01");
    }

    @Test
    void anUnderAgeApplicantIsABadRequestNamingTheField() throws Exception {
        var e = elections.byCode("OCV-2026").orElseThrow();
        var london = stations.byCode(e.id(), "GB-LON-01").orElseThrow();
        String body =
                """
                {"stationId": "%s", "given": "Bilal", "family": "Al-Naqib", "birthDate": "%s", "sex": "M",
                 "citizenship": "IQ", "document1Kind": "PASSPORT", "document1Number": "API-2",
                 "document2Kind": "NATIONAL_ID", "document2Number": "NI-2"}
                """
                        .formatted(london.id(), java.time.LocalDate.now().minusYears(10));
        var refused = send("POST", "/api/v1/voting/voters", body, "en");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"birthDate\"").contains("Too young");
    }

    @Test
    void resultsAreReadable() throws Exception {
        var e = elections.byCode("OCV-2026").orElseThrow();
        var results = send("GET", "/api/v1/voting/elections/" + e.id() + "/results", null, "en");
        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.body())
                .contains("\"countries\"")
                .contains("\"overall\"")
                .contains("JO-AMM-01");
    }
}
