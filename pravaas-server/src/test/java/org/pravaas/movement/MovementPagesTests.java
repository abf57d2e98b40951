package org.pravaas.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The movement pages and documents as the demo movement officer reaches them, in several languages. */
@PravaasTest
class MovementPagesTests {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private WebClient signedIn(String user) throws Exception {
        WebClient web = new WebClient(port);
        web.signIn(user, "pravaas-demo");
        return web;
    }

    private UUID demoLeg() {
        return jdbc.sql("select id from movement.leg where number = '813' limit 1")
                .query(UUID.class)
                .single();
    }

    @Test
    void theMovementOfficerSeesWhyTheDemoFamilyCannotBeConfirmedInArabic() throws Exception {
        WebClient web = signedIn("movements");
        var page = web.get("/movements/legs/" + demoLeg() + "?lang=ar");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("dir=\"rtl\"", "id=\"failures\"", "تنتهي وثيقة السفر", "id=\"confirm-all\"");
        var refused = web.post(
                "/movements/legs/" + demoLeg() + "?lang=en",
                "/movements/legs/" + demoLeg() + "/confirm",
                java.util.Map.of());
        assertThat(refused.body()).contains("id=\"problems\"", "the travel document expires on");
    }

    @Test
    void everyScreenAnswersInEachLanguage() throws Exception {
        WebClient web = signedIn("movements");
        UUID request = jdbc.sql("select id from movement.request where programme = 'AVRR' order by created_at limit 1")
                .query(UUID.class)
                .single();
        UUID loan = jdbc.sql("select id from movement.loan where request_id = :r limit 1")
                .param("r", request)
                .query(UUID.class)
                .single();
        for (String lang : new String[] {"en", "fr", "es", "ar", "hi", "ko"}) {
            for (String path : new String[] {
                "/movements",
                "/movements/requests/" + request,
                "/movements/legs/" + demoLeg(),
                "/movements/loans",
                "/movements/loans/" + loan,
                "/movements/help",
                "/movements/requests/new",
                "/movements/legs/new"
            }) {
                var page = web.get(path + "?lang=" + lang);
                assertThat(page.statusCode()).as(path + " in " + lang).isEqualTo(200);
                assertThat(page.body()).as(path + " in " + lang).doesNotContain("??movement");
            }
        }
    }

    @Test
    void theManifestAndTheLoanDocumentsDownload() throws Exception {
        WebClient web = signedIn("movements");
        var csv = web.get("/movements/legs/" + demoLeg() + "/manifest.csv?lang=fr");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("Nom", "Besoins particuliers", "N1040300");
        var pdf = web.get("/movements/legs/" + demoLeg() + "/manifest.pdf?lang=hi");
        assertThat(pdf.body()).startsWith("%PDF");
        UUID loan = jdbc.sql("select id from movement.loan limit 1")
                .query(UUID.class)
                .single();
        assertThat(web.get("/movements/loans/" + loan + "/note.pdf?lang=ko").body())
                .startsWith("%PDF");
        assertThat(web.get("/movements/loans/" + loan + "/statement.pdf").body())
                .startsWith("%PDF");
    }

    @Test
    void theApiRefusesAConfirmationWithProblemDetailsNamingTheTravellerAndTheCheck() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String base = "http://localhost:" + port + "/api/v1/movements";
        var checks = http.send(
                api(base + "/legs/" + demoLeg() + "/checks").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(checks.statusCode()).isEqualTo(200);
        assertThat(checks.body()).contains("TRAVEL_DOCUMENT", "movement.check.document-expires");
        var refused = http.send(
                api(base + "/legs/" + demoLeg() + "/confirmation")
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(refused.body()).contains("TRAVEL_DOCUMENT", "travel document expires");
        var board = http.send(
                api(base + "/departures?day=" + java.time.LocalDate.now().plusDays(1))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(board.body()).contains("813");
    }

    @Test
    void readingARequestsTravellersIsAudited() throws Exception {
        UUID request = jdbc.sql("select id from movement.request order by created_at limit 1")
                .query(UUID.class)
                .single();
        long before = viewed(request);
        signedIn("movements").get("/movements/requests/" + request);
        var api = java.net.http.HttpClient.newHttpClient()
                .send(
                        api("http://localhost:" + port + "/api/v1/movements/" + request)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(viewed(request)).isEqualTo(before + 2);
    }

    private long viewed(UUID request) {
        return jdbc.sql("select count(*) from audit.entry where action = 'movement.request.viewed' and object_id = :id")
                .param("id", request.toString())
                .query(Long.class)
                .single();
    }

    private static java.net.http.HttpRequest.Builder api(String url) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Authorization", "Bearer pravaas-demo-admin-token")
                .header("Accept-Language", "en");
    }
}
