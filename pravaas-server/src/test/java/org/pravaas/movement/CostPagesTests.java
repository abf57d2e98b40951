package org.pravaas.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.WebClient;
import org.pravaas.organization.user.ApiTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo movement's costs on its page, in files and over the API, as its movement officer reaches them. */
@PravaasTest
class CostPagesTests {
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    private UUID demoRequest() {
        return jdbc.sql("select id from movement.request where case_reference = 'AMM-AVRR-2026-0042'")
                .query(UUID.class)
                .single();
    }

    private WebClient signedIn(String user) throws Exception {
        WebClient web = new WebClient(port);
        web.signIn(user, "pravaas-demo");
        return web;
    }

    @Test
    void theRequestPageListsTheDemoCostsWithTotalsPerBudgetLineAndCurrencyAndTheReversal() throws Exception {
        String page = signedIn("movements")
                .get("/movements/requests/" + demoRequest() + "?lang=en")
                .body();
        assertThat(page)
                .contains("id=\"cost-entries\"", "Entered twice from the same agency invoice", "id=\"cost-form\"");
        String byLine = page.substring(page.indexOf("id=\"cost-by-line\""), page.indexOf("id=\"cost-by-category\""));
        assertThat(byLine)
                .contains("AVRR-JO-2026/TRV</code></td><td class=\"text-end font-monospace\">1062.500 JOD")
                .contains("AVRR-JO-2026/TRV</code></td><td class=\"text-end font-monospace\">185.00 USD")
                .contains("640.00 USD");
        String arabic = signedIn("movements")
                .get("/movements/requests/" + demoRequest() + "?lang=ar")
                .body();
        assertThat(arabic).contains("dir=\"rtl\"", "المجاميع حسب بند الميزانية", "البدل اليومي");
        assertThat(signedIn("caseworker")
                        .get("/movements/requests/" + demoRequest() + "?lang=en")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aRefusedCostIsShownNextToItsFieldInTheUsersLanguageAndNothingIsStored() throws Exception {
        WebClient web = signedIn("movements");
        String path = "/movements/requests/" + demoRequest();
        long before = count();
        var refused = web.post(
                path + "?lang=fr",
                path + "/costs?lang=fr",
                Map.of("category", "TICKET", "budgetLine", "", "amount", "1500.5", "currency", "JPY"));
        assertThat(refused.statusCode()).isEqualTo(200);
        String body = refused.body();
        String amount = body.substring(body.indexOf("for=\"cost-amount\""), body.indexOf("for=\"cost-currency\""));
        assertThat(amount).contains("is-invalid", "cost-error-amount", "JPY a au plus 0 décimales.");
        String line = body.substring(body.indexOf("for=\"cost-budget-line\""), body.indexOf("for=\"cost-amount\""));
        assertThat(line).contains("cost-error-budgetLine", "Indiquez la ligne budgétaire.");
        assertThat(count()).isEqualTo(before);

        var saved = web.post(
                path,
                path + "/costs",
                Map.of("category", "TRANSIT", "budgetLine", "AVRR-JO-2026/TRV", "amount", "1500", "currency", "JPY"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(web.get(path + "?lang=en").body()).contains("1500 JPY", "Cost recorded.");
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void theCostsDownloadAsCsvForAMovementAndByBudgetLineForAnOfficeAndPeriod() throws Exception {
        WebClient web = signedIn("movements");
        var csv = web.get("/movements/requests/" + demoRequest() + "/costs.csv?lang=fr");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body())
                .contains(
                        "Ligne budgétaire",
                        "AVRR-JO-2026/ESC,640.00,USD",
                        "Entered twice from the same agency invoice");
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        var office = web.get("/movements/costs.csv?from=" + today.minusDays(7) + "&to=" + today + "&lang=en");
        assertThat(office.statusCode()).isEqualTo(200);
        assertThat(office.body())
                .contains("Office,Budget line,Category,Currency,Amount,Entries")
                .contains("JO-AMM,AVRR-JO-2026/ESC,ESCORT,USD,640.00,1")
                .contains("JO-AMM,AVRR-JO-2026/DSA,PER_DIEM,JOD,90.000,1")
                .contains("JO-AMM,AVRR-JO-2026/TRV,TICKET,JOD,1062.500,3");
        assertThat(web.get("/movements/costs.csv?from=" + today.minusDays(30) + "&to=" + today.minusDays(20))
                        .body())
                .doesNotContain("AVRR-JO-2026");
        assertThat(web.get("/movements/costs.csv?from=" + today + "&to=" + today.minusDays(1))
                        .statusCode())
                .isEqualTo(400);
        var beirut = signedIn("caseworker").get("/movements/costs.csv?from=" + today.minusDays(7) + "&to=" + today);
        assertThat(beirut.statusCode()).isEqualTo(200);
        assertThat(beirut.body()).as("Amman is outside Beirut's scope").doesNotContain("JO-AMM");
    }

    @Test
    void theApiListsEntriesWithTotalsRecordsACostAndAnswersProblemDetails() throws Exception {
        String base = "http://localhost:" + port + "/api/v1/movements/" + demoRequest() + "/costs";
        var ledger = http.send(api(base, "pravaas-demo-admin-token").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ledger.statusCode()).isEqualTo(200);
        assertThat(ledger.body()).contains("\"entries\"", "\"byBudgetLine\"", "\"byCategory\"", "\"PER_DIEM\"");

        String good =
                "{\"category\":\"ESCORT\",\"budgetLine\":\"AVRR-JO-2026/ESC\",\"amount\":12.5,\"currency\":\"KWD\"}";
        var created = http.send(post(base, good, "pravaas-demo-admin-token"), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"id\"");

        String bad =
                "{\"category\":\"ESCORT\",\"budgetLine\":\"AVRR-JO-2026/ESC\",\"amount\":1.2345,\"currency\":\"KWD\"}";
        var refused = http.send(post(base, bad, "pravaas-demo-admin-token"), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(refused.body()).contains("\"field\":\"amount\"", "KWD has 3 decimal places at most.");

        // A registrar has no movement role; the token is removed after, so no other test lists it.
        UUID registrar = jdbc.sql("select id from organization.app_user where username = 'registrar'")
                .query(UUID.class)
                .single();
        UUID tokenId = UUID.randomUUID();
        String secret = "pvs_costs_registrar_" + tokenId;
        tokens.insert(tokenId, registrar, "costs test", secret, Instant.now().plus(1, ChronoUnit.HOURS));
        try {
            var forbidden = http.send(post(base, good, secret), HttpResponse.BodyHandlers.ofString());
            assertThat(forbidden.statusCode()).isEqualTo(403);
            assertThat(forbidden.body()).contains("\"status\":403");
        } finally {
            jdbc.sql("delete from organization.api_token where id = :id")
                    .param("id", tokenId)
                    .update();
        }
    }

    private long count() {
        return jdbc.sql("select count(*) from movement.cost").query(Long.class).single();
    }

    private static HttpRequest post(String url, String json, String token) {
        return api(url, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private static HttpRequest.Builder api(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en");
    }
}
