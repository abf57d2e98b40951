package org.pravaas.casework.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.WebClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The programme pages as the demo administrator and caseworker reach them, in each language. */
@PravaasTest
class ProgrammePagesTests {
    private static final int YEAR = LocalDate.now().getYear();

    @LocalServerPort
    int port;

    private WebClient signedIn(String user) throws Exception {
        WebClient web = new WebClient(port);
        web.signIn(user, "pravaas-demo");
        return web;
    }

    @Test
    void everyProgrammePageAnswersInEachLanguage() throws Exception {
        WebClient web = signedIn("admin");
        for (String lang : new String[] {"en", "fr", "es", "ar", "hi", "ko"}) {
            for (String path : new String[] {
                "/casework/programmes",
                "/casework/programmes/help",
                "/casework/programmes/resettlement/quotas",
                "/casework/programmes/avrr/indicators",
                "/casework/programmes/emergency"
            }) {
                HttpResponse<String> page = web.get(path + "?lang=" + lang);
                assertThat(page.statusCode()).as(path + " in " + lang).isEqualTo(200);
                assertThat(page.body()).as(path + " in " + lang).doesNotContain("??");
            }
        }
        assertThat(web.get("/casework/programmes/help?lang=ar").body()).contains("dir=\"rtl\"", "Σ wᵢ·aᵢ ÷ Σ wᵢ");
    }

    @Test
    void theAdministratorSetsAQuotaOnThePageAndTheCaseworkerOnlyReadsIt() throws Exception {
        WebClient admin = signedIn("admin");
        String page = "/casework/programmes/resettlement/quotas?year=" + YEAR;
        var saved = admin.post(
                page,
                "/casework/programmes/resettlement/quotas",
                Map.of("country", "ca", "year", String.valueOf(YEAR), "quota", "40", "version", "0"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String table = admin.get(page).body();
        assertThat(table).contains("id=\"quota-CA\"", "id=\"quota-form\"");

        var refused = admin.post(
                page,
                "/casework/programmes/resettlement/quotas",
                Map.of("country", "Narnia", "year", String.valueOf(YEAR), "quota", "-1", "version", "0"));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(admin.get(page + "&lang=en").body())
                .contains("id=\"programme-problems\"", "Narnia is not an ISO 3166 country code");

        WebClient caseworker = signedIn("caseworker");
        String read = caseworker.get(page).body();
        assertThat(read).contains("id=\"quota-CA\"").doesNotContain("id=\"quota-form\"");
    }

    @Test
    void eachProgrammeShowsItsPanelOnTheDemoCasesInEachLanguage() throws Exception {
        WebClient caseworker = signedIn("caseworker");
        for (String programme : new String[] {"resettlement", "avrr", "protection", "emergency"}) {
            java.util.UUID id = jdbc.sql("select id from casework.case_file where programme = :p and status = 'OPEN'"
                            + " order by stage_entered_at limit 1")
                    .param("p", programme)
                    .query(java.util.UUID.class)
                    .single();
            for (String lang : new String[] {"en", "ar", "hi"}) {
                HttpResponse<String> page = caseworker.get("/cases/" + id + "?lang=" + lang);
                assertThat(page.statusCode()).as(programme + " in " + lang).isEqualTo(200);
                assertThat(page.body())
                        .as(programme + " in " + lang)
                        .contains("id=\"" + programme + "-panel\"")
                        .doesNotContain("??");
            }
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aPartnerReachesNoProgrammePage() throws Exception {
        WebClient partner = signedIn("partner");
        for (String path : new String[] {
            "/casework/programmes/resettlement/quotas",
            "/casework/programmes/avrr/indicators",
            "/casework/programmes/emergency"
        }) {
            assertThat(partner.get(path).statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void theStockReportDownloadsAsCsvAndExcel() throws Exception {
        WebClient admin = signedIn("admin");
        admin.post(
                "/casework/programmes/emergency",
                "/casework/programmes/emergency/sites",
                Map.of("name", "Export test site", "location", "Tripoli"));
        String body = admin.get("/casework/programmes/emergency").body();
        String site = body.replaceAll("(?s).*<option value=\"([0-9a-f-]{36})\">Export test site</option>.*", "$1");
        admin.post(
                "/casework/programmes/emergency",
                "/casework/programmes/emergency/stock",
                Map.of(
                        "site",
                        site,
                        "item",
                        "hygiene_kit",
                        "quantity",
                        "25",
                        "issuedOn",
                        LocalDate.now().toString(),
                        "reference",
                        "WB-EXPORT"));
        HttpResponse<byte[]> csv = raw(admin, "/casework/programmes/emergency/report.csv?site=" + site + "&lang=fr");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text)
                .contains("Site,Article,Unité,Livré,Distribué,Restant", "Export test site,Kit d’hygiène,kit,25,0,25");
        HttpResponse<byte[]> xlsx = raw(admin, "/casework/programmes/emergency/report.xlsx?site=" + site);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    private HttpResponse<byte[]> raw(WebClient web, String path) throws Exception {
        HttpClient http = HttpClient.newBuilder().build();
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header(
                                "Cookie",
                                "SESSION=" + web.cookie("SESSION") + "; JSESSIONID=" + web.cookie("JSESSIONID"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
