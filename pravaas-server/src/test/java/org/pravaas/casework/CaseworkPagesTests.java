package org.pravaas.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravaas.PravaasTest;
import org.pravaas.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** The casework pages as their users reach them, in every language. */
@PravaasTest
class CaseworkPagesTests {
    @LocalServerPort
    int port;

    @Autowired
    CaseworkFixtures fixtures;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private WebClient signedIn(String user) throws Exception {
        WebClient web = new WebClient(port);
        web.signIn(user, "pravaas-demo");
        return web;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ar", "hi", "ko"})
    void everyPageAnswersInEachLanguage(String lang) throws Exception {
        CaseSummary c = fixtures.open("resettlement");
        WebClient web = signedIn("caseworker");
        for (String path : new String[] {
            "/cases/" + c.id(),
            "/cases",
            "/cases/new",
            "/cases/tasks",
            "/cases/approvals",
            "/cases/referrals",
            "/cases/transfers",
            "/cases/dashboard",
            "/cases/definitions",
            "/cases/definitions/avrr",
            "/casework/help"
        }) {
            var page = web.get(path + "?lang=" + lang);
            assertThat(page.statusCode()).as(path + " in " + lang).isEqualTo(200);
            assertThat(page.body()).as(path).doesNotContain("??");
        }
        assertThat(web.get("/cases/" + c.id() + "?lang=" + lang).body()).contains(c.reference());
    }

    @Test
    void aRequiredFieldMissingIsShownOnTheCasePageAndTheStageStays() throws Exception {
        CaseSummary c = fixtures.open("resettlement");
        WebClient web = signedIn("caseworker");
        var refused = web.post(
                "/cases/" + c.id(),
                "/cases/" + c.id() + "/move?lang=en",
                Map.of("version", String.valueOf(c.version()), "to", "interview"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"problems\"").contains("Referred by must be filled first.");
        var moved = web.post(
                "/cases/" + c.id(),
                "/cases/" + c.id() + "/move",
                Map.of("version", String.valueOf(c.version()), "to", "interview", "field.referral_source", "UNHCR"));
        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(web.get("/cases/" + c.id() + "?lang=en").body()).contains("Moved from Referral to Interview");
    }

    @Test
    void theApiReadsACaseWithItsETagAndRefusesAMoveWithoutOrWithAStaleOne() throws Exception {
        CaseSummary c = fixtures.open("resettlement");
        var http = java.net.http.HttpClient.newHttpClient();
        String base = "http://localhost:" + port + "/api/v1/cases/" + c.id();
        var read = http.send(api(base).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains(c.reference()).contains("\"stage\":\"referral\"");
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String move = "{\"to\":\"interview\",\"values\":{\"referral_source\":\"NGO\"}}";
        assertThat(http.send(
                                api(base + "/transitions").POST(body(move)).build(),
                                java.net.http.HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(428);
        var moved = http.send(
                api(base + "/transitions")
                        .header("If-Match", etag)
                        .POST(body(move))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(moved.body()).contains("MOVED");
        var stale = http.send(
                api(base + "/transitions")
                        .header("If-Match", etag)
                        .POST(body(move))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(stale.statusCode()).isEqualTo(412);
        var refused = http.send(
                api(base + "/transitions")
                        .header("If-Match", "\"" + (c.version() + 1) + "\"")
                        .header("Accept-Language", "fr")
                        .POST(body("{\"to\":\"closed\"}"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Le programme ne permet pas");
    }

    private static java.net.http.HttpRequest.Builder api(String url) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Authorization", "Bearer pravaas-demo-admin-token")
                .header("Content-Type", "application/json");
    }

    private static java.net.http.HttpRequest.BodyPublisher body(String json) {
        return java.net.http.HttpRequest.BodyPublishers.ofString(json);
    }

    @Test
    void aProgrammePanelIsShownOnItsProgrammesCasesAndItsGuardIsApplied() throws Exception {
        CaseSummary c = fixtures.open("emergency");
        CaseSummary other = fixtures.open("avrr");
        WebClient web = signedIn("caseworker");
        assertThat(web.get("/cases/" + c.id() + "?lang=en").body())
                .contains("id=\"test-panel\"")
                .contains("panel of emergency · " + c.reference());
        assertThat(web.get("/cases/" + other.id() + "?lang=en").body()).doesNotContain("test-panel");
        fixtures.actAs("caseworker");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixtures.move(
                        c, "closed", Map.of("household_size", "2", "exit_reason", TestProgrammeParts.REFUSED_REASON)))
                .hasMessageContaining("closed:casework.closed");
        assertThat(fixtures.move(cases(c), "closed", Map.of("household_size", "2", "exit_reason", "Moved on"))
                        .open())
                .isFalse();
    }

    @Autowired
    Cases casesApi;

    private CaseSummary cases(CaseSummary c) {
        return casesApi.read(c.id());
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDashboardShowsAnOfficesCasesByStageWithTheirDaysAndExportsThem() throws Exception {
        CaseSummary twoDays = fixtures.openIn("KR-SEL", "emergency");
        CaseSummary fourDays = fixtures.openIn("KR-SEL", "emergency");
        CaseSummary moved = fixtures.openIn("KR-SEL", "emergency");
        fixtures.move(moved, "assistance", Map.of("household_size", "4", "site", "Incheon centre"));
        daysAgo(twoDays, 2);
        daysAgo(fourDays, 4);
        jdbc.sql("update casework.stage_history set entered_at = left_at - interval '5 days'"
                        + " where case_id = :c and stage = 'registration'")
                .param("c", moved.id().value())
                .update();

        WebClient web = signedIn("admin");
        String csv = web.get("/cases/dashboard.csv?programme=emergency&office=KR-SEL&lang=en")
                .body();
        assertThat(csv.lines())
                .first()
                .isEqualTo(
                        "\uFEFFstage,stage_name,open_cases,days_in_stage_now,completed_stays,average_days,median_days");
        assertThat(csv.lines().skip(1))
                .containsExactlyInAnyOrder(
                        "registration,Registration,2,3.0,1,5.0,5.0", "assistance,Assistance,1,0.0,0,0.0,0.0");
        var page = web.get("/cases/dashboard?programme=emergency&office=KR-SEL&lang=en");
        assertThat(page.body()).contains("id=\"open-cases\">3<", "id=\"figures-csv\"");
        assertThat(web.get("/cases/dashboard.xlsx?programme=emergency&office=KR-SEL")
                        .statusCode())
                .isEqualTo(200);
    }

    private void daysAgo(CaseSummary c, int days) {
        jdbc.sql("update casework.case_file set stage_entered_at = now() - make_interval(days => :d) where id = :c")
                .param("d", days)
                .param("c", c.id().value())
                .update();
    }
}
