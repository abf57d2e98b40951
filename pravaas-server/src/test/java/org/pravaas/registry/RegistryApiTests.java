package org.pravaas.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The registry API as another system uses it, with an API token. */
@PravaasTest
class RegistryApiTests {
    private static final String TOKEN = "pravaas-demo-admin-token";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> send(String method, String path, String json, String ifMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) b.header("If-Match", ifMatch);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String person(String given, String family, String birth) {
        return """
                {"given": "%s", "family": "%s"}], "sex": "M", "birthDate": "%s", "nationalities": ["AF"]"""
                .formatted(given, family, birth);
    }

    private static String request(String given, String family, String birth, boolean confirmedNew) {
        return "{\"person\": {\"names\": [" + person(given, family, birth) + "}, \"confirmedNew\": " + confirmedNew
                + "}";
    }

    @Test
    void aSystemRegistersAPersonIsToldOfTheDuplicateAndChangesThePersonWithIfMatch() throws Exception {
        var created = send("POST", "/api/v1/persons", request("Ahmad Shah", "Popal", "1975-03-21", false), null);
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String etag = created.headers().firstValue("ETag").orElseThrow();

        var match = send("POST", "/api/v1/persons/match", request("احمد شاه", "پوپل", "1975-03-21", false), null);
        assertThat(match.body()).contains("\"probability\"").contains("Popal");
        var conflict = send("POST", "/api/v1/persons", request("Ahmed Shah", "Popal", "1975-03-21", false), null);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("possible-duplicates");

        String change = "{\"names\": [" + person("Ahmad Shah", "Popalzai", "1975-03-21") + "}";
        assertThat(send("PUT", location, change, null).statusCode()).isEqualTo(428);
        assertThat(send("PUT", location, change, "\"999\"").statusCode()).isEqualTo(412);
        var changed = send("PUT", location, change, etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("Popalzai");
    }

    @Test
    void anImpossibleBirthDateIsAProblemNamingTheField() throws Exception {
        var refused = send("POST", "/api/v1/persons", request("Wali", "Karimi", "1990-13-01", true), null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(refused.body()).contains("birthDate");
    }
}
