package org.pravaas.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.organization.office.Offices;
import org.pravaas.organization.user.ApiTokens;
import org.pravaas.organization.user.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The /api/v1 contract: tokens, problem details, ETags, idempotency, size limits. */
@PravaasTest
class ApiTests {
    private static final String TOKEN = "pravaas-demo-admin-token";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Offices offices;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Users users;

    @Test
    void aRequestWithoutATokenGets401AsAProblemDetail() throws Exception {
        var response = http.send(request("/api/v1/offices").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401");
    }

    @Test
    void anExpiredTokenIsRefusedAndSaysSo() throws Exception {
        UUID admin = users.findLogin("admin").orElseThrow().user().id();
        String secret = "pvs_expired_" + UUID.randomUUID();
        tokens.insert(UUID.randomUUID(), admin, "old", secret, Instant.now().minusSeconds(60));
        var response = http.send(
                request("/api/v1/offices")
                        .header("Authorization", "Bearer " + secret)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("token-expired");
    }

    @Test
    void invalidFieldsAreListedAndNothingIsSaved() throws Exception {
        long before = offices.count("/");
        var response = send(request("/api/v1/offices").POST(json("{\"code\":\"bad code\",\"name\":\"\"}")), null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("\"field\":\"code\"")
                .contains("\"field\":\"name\"")
                .contains("\"field\":\"country\"");
        assertThat(offices.count("/")).isEqualTo(before);
    }

    @Test
    void malformedJsonIsA400ProblemAndTheServerKeepsServing() throws Exception {
        assertThat(send(request("/api/v1/offices").POST(json("{\"code\": ")), null)
                        .statusCode())
                .isEqualTo(400);
        assertThat(send(request("/api/v1/offices").GET(), null).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownIdIs404() throws Exception {
        var response = send(request("/api/v1/offices/" + UUID.randomUUID()).GET(), null);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("not-found");
    }

    @Test
    void anOversizedBodyIsRefusedWith413() throws Exception {
        String huge = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
        assertThat(send(request("/api/v1/offices").POST(json(huge)), null).statusCode())
                .isEqualTo(413);
    }

    @Test
    void anUpdateNeedsTheCurrentETag() throws Exception {
        String id = createOffice("ET-" + suffix(), null)
                .headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceAll(".*/", "");
        var read = send(request("/api/v1/offices/" + id).GET(), null);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String body = officeJson("ETAG-" + suffix(), "Renamed");
        assertThat(send(request("/api/v1/offices/" + id).PUT(json(body)), null).statusCode())
                .isEqualTo(428);
        assertThat(send(
                                request("/api/v1/offices/" + id)
                                        .header("If-Match", "\"999\"")
                                        .PUT(json(body)),
                                null)
                        .statusCode())
                .isEqualTo(412);
        var changed =
                send(request("/api/v1/offices/" + id).header("If-Match", etag).PUT(json(body)), null);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(send(
                                request("/api/v1/offices/" + id)
                                        .header("If-Match", etag)
                                        .PUT(json(body)),
                                null)
                        .statusCode())
                .isEqualTo(412);
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyCreatesOneOffice() throws Exception {
        String key = UUID.randomUUID().toString();
        String code = "ID-" + suffix();
        var first = createOffice(code, key);
        var retry = createOffice(code, key);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(offices.findByCode(code)).isPresent();
        var otherBody = createOffice("ID-" + suffix(), key);
        assertThat(otherBody.statusCode()).isEqualTo(422);
    }

    @Test
    void problemDetailsSpeakTheCallersLanguage() throws Exception {
        var response = http.send(
                request("/api/v1/offices/" + UUID.randomUUID())
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Accept-Language", "fr")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var english = send(request("/api/v1/offices/" + UUID.randomUUID()).GET(), null);
        assertThat(response.body()).doesNotContain(english.body().replaceAll(".*\"detail\":\"([^\"]+)\".*", "$1"));
    }

    private HttpResponse<String> createOffice(String code, String idempotencyKey) throws Exception {
        var builder = request("/api/v1/offices").POST(json(officeJson(code, "Test office " + code)));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return send(builder, null);
    }

    private String officeJson(String code, String name) {
        String parent = offices.findByCode("JO-AMM").orElseThrow().id().toString();
        return """
                {"code":"%s","name":"%s","type":"SUB_OFFICE","parentId":"%s","country":"JO","city":"Irbid",
                 "timeZone":"Asia/Amman","languages":["ar"],"openedOn":"2026-01-01"}"""
                .formatted(code, name, parent);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder builder, String unused) throws Exception {
        return http.send(
                builder.header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
