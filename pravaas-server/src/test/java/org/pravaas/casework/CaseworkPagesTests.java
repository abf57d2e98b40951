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
        return api(url, "pravaas-demo-admin-token");
    }

    private static java.net.http.HttpRequest.Builder api(String url, String token) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
    }

    @Autowired
    org.pravaas.organization.user.ApiTokens tokens;

    @Test
    void approvalsAndTransfersAreDecidedOverTheApiButNeverByTheProposer() throws Exception {
        CaseSummary c = fixtures.move(fixtures.open("resettlement"), "interview", Map.of("referral_source", "UNHCR"));
        fixtures.move(c, "submission", Map.of("interview_date", "2026-10-01"));
        java.util.UUID proposal = jdbc.sql("select id from casework.proposal where case_id = :c and status = 'PENDING'")
                .param("c", c.id().value())
                .query(java.util.UUID.class)
                .single();
        var http = java.net.http.HttpClient.newHttpClient();
        var text = java.net.http.HttpResponse.BodyHandlers.ofString();
        String root = "http://localhost:" + port + "/api/v1";

        // The caseworker proposed the move; their token is removed after, so no other test lists it.
        java.util.UUID caseworker = jdbc.sql("select id from organization.app_user where username = 'caseworker'")
                .query(java.util.UUID.class)
                .single();
        java.util.UUID tokenId = java.util.UUID.randomUUID();
        String secret = "pvs_approvals_caseworker_" + tokenId;
        tokens.insert(
                tokenId,
                caseworker,
                "approvals test",
                secret,
                java.time.Instant.now().plusSeconds(3600));
        try {
            var own = http.send(
                    api(root + "/approvals/" + proposal + "/approve", secret)
                            .POST(body(""))
                            .build(),
                    text);
            assertThat(own.statusCode()).isEqualTo(400);
            assertThat(own.body()).contains("someone else must approve it");
        } finally {
            jdbc.sql("delete from organization.api_token where id = :id")
                    .param("id", tokenId)
                    .update();
        }
        assertThat(http.send(api(root + "/approvals").GET().build(), text).body())
                .contains(proposal.toString());
        var approved = http.send(
                api(root + "/approvals/" + proposal + "/approve").POST(body("")).build(), text);
        assertThat(approved.statusCode()).isEqualTo(204);
        assertThat(jdbc.sql("select stage from casework.case_file where id = :c")
                        .param("c", c.id().value())
                        .query(String.class)
                        .single())
                .isEqualTo("submission");

        java.util.UUID amman = jdbc.sql("select id from organization.office where code = 'JO-AMM'")
                .query(java.util.UUID.class)
                .single();
        var proposed = http.send(
                api(root + "/cases/" + c.id() + "/transfers")
                        .POST(body("{\"toOffice\":\"" + amman + "\",\"reason\":\"The family moved to Amman\"}"))
                        .build(),
                text);
        assertThat(proposed.statusCode()).isEqualTo(201);
        String transfer = proposed.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(http.send(api(root + "/transfers").GET().build(), text).body())
                .contains(transfer);
        var unexplained = http.send(
                api(root + "/transfers/" + transfer + "/answer")
                        .POST(body("{\"accept\":false}"))
                        .build(),
                text);
        assertThat(unexplained.statusCode()).isEqualTo(400);
        assertThat(unexplained.body()).contains("Say why.");
        var declined = http.send(
                api(root + "/transfers/" + transfer + "/answer")
                        .POST(body("{\"accept\":false,\"reason\":\"No caseworker free\"}"))
                        .build(),
                text);
        assertThat(declined.statusCode()).isEqualTo(204);
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
