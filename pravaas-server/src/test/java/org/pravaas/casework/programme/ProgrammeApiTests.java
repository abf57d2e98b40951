package org.pravaas.casework.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.casework.CaseId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/** The programme API: problem details naming the field, ETags against stale quota edits. */
@PravaasTest
class ProgrammeApiTests {
    private static final int YEAR = LocalDate.now().getYear();

    @LocalServerPort
    int port;

    @Autowired
    ProgrammeFixtures cases;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAmountFinerThanTheCurrencyIsAProblemNamingTheAmount() throws Exception {
        CaseId c = cases.open("avrr", "assistance");
        String path = "/api/v1/cases/" + c + "/avrr/assistance";
        var created = send(
                "POST",
                path,
                null,
                "{\"type\":\"CASH\",\"amount\":\"99.995\",\"currency\":\"KWD\",\"plannedOn\":\"" + LocalDate.now()
                        + "\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"amountMinor\":99995", "\"currency\":\"KWD\"");

        var refused = send(
                "POST",
                path,
                null,
                "{\"type\":\"CASH\",\"amount\":\"10.5\",\"currency\":\"XOF\",\"plannedOn\":\"" + LocalDate.now()
                        + "\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(refused.body()).contains("\"field\":\"amount\"", "XOF has 0 decimals");

        var overview = send("GET", "/api/v1/cases/" + c + "/avrr", null, null);
        assertThat(overview.body()).contains("\"KWD\":99.995");
    }

    @Test
    void aPlanAndALineChangeOnlyWithTheirCurrentETags() throws Exception {
        CaseId c = cases.open("avrr", "assistance");
        String plan = "/api/v1/cases/" + c + "/avrr/plan";
        var created = send("PUT", plan, null, "{\"goals\":\"A bakery\",\"needs\":\"An oven\"}");
        assertThat(created.statusCode()).isEqualTo(200);
        String etag = created.headers().firstValue("ETag").orElseThrow();
        assertThat(send("PUT", plan, null, "{\"goals\":\"x\",\"needs\":\"y\"}").statusCode())
                .isEqualTo(428);
        assertThat(send("PUT", plan, etag, "{\"goals\":\"A bakery in Aleppo\",\"needs\":\"An oven\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("PUT", plan, etag, "{\"goals\":\"stale\",\"needs\":\"stale\"}")
                        .statusCode())
                .isEqualTo(412);

        var line = send(
                "POST",
                "/api/v1/cases/" + c + "/avrr/assistance",
                null,
                "{\"type\":\"IN_KIND\",\"amount\":\"75\",\"currency\":\"USD\",\"plannedOn\":\"" + LocalDate.now()
                        + "\"}");
        String id = line.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        String settle = "/api/v1/cases/" + c + "/avrr/assistance/" + id;
        var delivered =
                send("POST", settle, "\"0\"", "{\"status\":\"DELIVERED\",\"deliveredOn\":\"" + LocalDate.now() + "\"}");
        assertThat(delivered.statusCode()).isEqualTo(200);
        assertThat(delivered.body()).contains("\"status\":\"DELIVERED\"");
        assertThat(send("POST", settle, "\"0\"", "{\"status\":\"CANCELLED\"}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void aQuotaChangeNeedsTheCurrentETag() throws Exception {
        String path = "/api/v1/programmes/resettlement/quotas/BE/" + YEAR;
        var created = send("PUT", path, null, "{\"quota\":15}");
        assertThat(created.statusCode()).isEqualTo(200);
        String etag = created.headers().firstValue("ETag").orElseThrow();
        var changed = send("PUT", path, etag, "{\"quota\":18}");
        assertThat(changed.statusCode()).isEqualTo(200);
        var stale = send("PUT", path, etag, "{\"quota\":99}");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(send("PUT", path, null, "{\"quota\":99}").statusCode()).isEqualTo(428);
        assertThat(send("GET", "/api/v1/programmes/resettlement/quotas?year=" + YEAR, null, null)
                        .body())
                .contains("{\"country\":\"BE\",\"year\":" + YEAR + ",\"quota\":18,");
    }

    private HttpResponse<String> send(String method, String path, String ifMatch, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer pravaas-demo-admin-token")
                .header("Accept-Language", "en")
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) request.header("If-Match", ifMatch);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
