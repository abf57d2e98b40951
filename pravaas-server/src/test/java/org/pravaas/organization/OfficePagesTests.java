package org.pravaas.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.WebClient;
import org.pravaas.organization.office.Offices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The list, form and export patterns every module reuses, on the office pages. */
@PravaasTest
class OfficePagesTests {
    @LocalServerPort
    int port;

    @Autowired
    Offices offices;

    @Test
    void anInvalidFormShowsEachProblemBesideItsFieldAndSavesNothing() throws Exception {
        WebClient browser = admin();
        Map<String, String> form = validForm("XX-BAD");
        form.put("code", "lower case");
        form.put("timeZone", "Mars/Olympus");
        form.put("closedOn", "2020-01-01");
        HttpResponse<String> page = browser.post("/admin/offices/new", "/admin/offices", form);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Use 2 to 16 capital letters").contains("is-invalid");
        assertThat(offices.findByCode("lower case")).isEmpty();

        form.put("code", "XX-BAD");
        page = browser.post("/admin/offices/new", "/admin/offices", form);
        assertThat(page.body()).contains("Unknown time zone").contains("The closing date is before the opening date.");
        assertThat(offices.findByCode("XX-BAD")).isEmpty();
    }

    @Test
    void aValidFormOpensTheOfficeAndFlashesIt() throws Exception {
        WebClient browser = admin();
        HttpResponse<String> created = browser.post("/admin/offices/new", "/admin/offices", validForm("JO-IRB"));
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(browser.get(location.replaceAll("https?://[^/]+", "")).body())
                .contains("id=\"flash\"")
                .contains("The office was opened.")
                .contains("Irbid");
        assertThat(offices.findByCode("JO-IRB")).isPresent();
    }

    @Test
    void htmxGetsOnlyTheResultsFragmentFilteredAndSorted() throws Exception {
        WebClient browser = admin();
        var full = browser.get("/admin/offices?type=COUNTRY_MISSION&sort=code&dir=desc");
        assertThat(full.body()).contains("<html").contains("MISSION").doesNotContain(">RO-AP<");
        assertThat(full.body().indexOf(">LB-BEY<")).isLessThan(full.body().indexOf(">IN-DEL<"));
        var fragment = browser.getHtmx("/admin/offices?q=amman");
        assertThat(fragment.body())
                .doesNotContain("<html")
                .contains("id=\"results\"")
                .contains("JO-AMM")
                .doesNotContain("KR-SEL");
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefusedAndSaysWhy() throws Exception {
        WebClient browser = admin();
        browser.post("/admin/offices/new", "/admin/offices", validForm("JO-AJL"));
        var office = offices.findByCode("JO-AJL").orElseThrow();
        Map<String, String> form = validForm("JO-AJL");
        form.put("version", String.valueOf(office.version()));
        form.put("city", "Ajloun");
        String edit = "/admin/offices/" + office.id();
        assertThat(browser.post(edit + "/edit", edit, form).statusCode()).isEqualTo(302);
        form.put("city", "Jerash");
        var stale = browser.post(edit + "/edit", edit, form);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("Someone else changed this record since you opened it.");
        assertThat(offices.findByCode("JO-AJL").orElseThrow().city()).isEqualTo("Ajloun");
    }

    @Test
    void theApiIsDocumentedWithOpenApi() throws Exception {
        WebClient anyone = new WebClient(port);
        var docs = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/v3/api-docs"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(docs.body()).contains("/api/v1/offices").contains("/api/v1/users");
        var ui = anyone.get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
    }

    @Test
    void theDefaultOrderIsTheTreeWithSiblingsByCode() throws Exception {
        String page = admin().get("/admin/offices?size=100").body();
        int[] positions = java.util.stream.Stream.of(
                        ">HQ<",
                        ">RO-AP<",
                        ">BD-DAC<",
                        ">BD-CXB<",
                        ">KR-SEL<",
                        ">RO-LAC<",
                        ">CO-BOG<",
                        ">RO-MENA<",
                        ">JO-AMM<",
                        ">JO-MFQ<")
                .mapToInt(page::indexOf)
                .toArray();
        assertThat(positions).doesNotContain(-1).isSorted();
        assertThat(page).contains("class=\"tree-3\">Mafraq Sub-Office");
    }

    @Test
    void theCsvExportKeepsTheFiltersAndTheScopeAndSurvivesExcel() throws Exception {
        WebClient registrar = new WebClient(port);
        registrar.signIn("registrar", "pravaas-demo");
        String csv = registrar.get("/admin/offices/export.csv").body();
        assertThat(csv)
                .startsWith("\uFEFFcode,name,type")
                .contains("JO-AMM")
                .doesNotContain("KR-SEL")
                .doesNotContain("HQ,");
        String filtered =
                admin().get("/admin/offices/export.csv?type=SUB_OFFICE").body();
        assertThat(filtered).contains("BD-CXB").doesNotContain("IN-DEL");
    }

    private WebClient admin() throws Exception {
        WebClient browser = new WebClient(port);
        browser.signIn("admin", "pravaas-demo");
        return browser;
    }

    private Map<String, String> validForm(String code) {
        Map<String, String> form = new HashMap<>();
        form.put("code", code);
        form.put("name", "Irbid Sub-Office");
        form.put("type", "SUB_OFFICE");
        form.put("parentId", offices.findByCode("JO-AMM").orElseThrow().id().toString());
        form.put("country", "JO");
        form.put("city", "Irbid");
        form.put("timeZone", "Asia/Amman");
        form.put("languages", "ar");
        form.put("openedOn", "2026-02-01");
        form.put("closedOn", "");
        return form;
    }
}
