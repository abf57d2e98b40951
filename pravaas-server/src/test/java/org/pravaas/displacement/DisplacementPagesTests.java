package org.pravaas.displacement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravaas.PravaasTest;
import org.pravaas.WebClient;
import org.pravaas.displacement.location.AdminAreas;
import org.pravaas.displacement.operation.Operation;
import org.pravaas.displacement.operation.OperationService;
import org.pravaas.displacement.operation.Operations;
import org.pravaas.organization.Access;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The displacement screens in every language, the entry form's refusals, exports, and who may do what. */
@PravaasTest
class DisplacementPagesTests {
    @LocalServerPort
    int port;

    @Autowired
    Operations operations;

    @Autowired
    OperationService service;

    @Autowired
    DisplacementImports imports;

    @Autowired
    AdminAreas areas;

    @Autowired
    Access access;

    @Autowired
    JdbcClient jdbc;

    private UUID demo() {
        return operations.byCode("BGD-CXB").orElseThrow().id();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ar", "hi", "ko"})
    void everyDisplacementScreenRendersInEachLanguage(String language) throws Exception {
        WebClient browser = signedIn("enumerator");
        String op = "/displacement/operations/" + demo();
        for (String page : List.of(
                "/displacement",
                "/displacement/help",
                op,
                op + "/map",
                op + "/map?level=1",
                op + "/rounds/1",
                op + "/assessments/new",
                op + "/import",
                op + "/events/new")) {
            var response = browser.get(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body()).as(page).doesNotContain("??").contains("lang=\"" + language + "\"");
            if (language.equals("ar")) {
                assertThat(response.body()).contains("dir=\"rtl\"");
            }
        }
    }

    @Test
    void theFormRefusesABreakdownThatDoesNotAddUpInTheUsersLanguageAndSavesItOnceFixed() throws Exception {
        Operation op = DisplacementFixtures.operation(service, areas, access, imports);
        UUID round = operations.round(op.id(), 1).orElseThrow().id();
        WebClient browser = signedIn("enumerator");
        String form = "/displacement/operations/" + op.id() + "/assessments/new";
        Map<String, String> fields = fields(round, 100, 40);
        var refused = browser.post(form, "/displacement/operations/" + op.id() + "/assessments?lang=fr", fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("font 90, et non les 100 personnes");
        fields.put("refugees", "60");
        var saved = browser.post(form, "/displacement/operations/" + op.id() + "/assessments", fields);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/rounds/1");
        assertThat(browser.get("/displacement/operations/" + op.id() + "/rounds/1?lang=en")
                        .body())
                .contains("Camp 1E (Kutupalong)");
    }

    @Test
    void viewersSeePublishedRoundsOnlyAndMayNotEnterOrImport() throws Exception {
        WebClient viewer = signedIn("viewer");
        String op = "/displacement/operations/" + demo();
        String viewerJson = json(viewer, op + "/dashboard.json");
        String enumeratorJson = json(signedIn("enumerator"), op + "/dashboard.json");
        assertThat(viewerJson).contains("\"number\":5").doesNotContain("\"number\":6");
        assertThat(enumeratorJson)
                .contains("\"number\":6")
                .contains("\"need\":\"water\"")
                .contains("\"reason\":\"ECONOMIC\"");
        assertThat(viewer.get(op + "/import").statusCode()).isEqualTo(403);
        assertThat(viewer.get(op + "/assessments/new").statusCode()).isEqualTo(403);
        assertThat(viewer.get(op + "?lang=en").body()).doesNotContain("id=\"tab-import\"");
    }

    @Test
    void theMapGetsBoundariesFromOurFilesAndTheSitesAsPoints() throws Exception {
        WebClient viewer = signedIn("viewer");
        String op = "/displacement/operations/" + demo();
        String admin3 = json(viewer, op + "/boundaries/3.geojson");
        assertThat(admin3)
                .contains("\"FeatureCollection\"")
                .contains("BD202294")
                .contains("উখিয়া");
        assertThat(admin3.split("\"Feature\"").length - 1).isEqualTo(5);
        assertThat(json(viewer, op + "/boundaries/1.geojson").split("\"Feature\"").length - 1)
                .isEqualTo(8);
        String data = json(viewer, op + "/map.json?level=3");
        assertThat(data).contains("\"BD202294\":").contains("\"CXB-001\"");
    }

    @Test
    void theExportHasAHeaderRowThenHxlHashtagsThenFigures() throws Exception {
        var csv = signedIn("viewer").get("/displacement/operations/" + demo() + "/export.csv?level=2");
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String[] lines = csv.body().replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0]).startsWith("operation,admin0_name,admin0_pcode,admin1_name");
        assertThat(lines[1])
                .startsWith("#event+name,#country+name,#country+code,#adm1+name,#adm1+code")
                .contains("#affected+idps+ind", "#affected+f", "#affected+m", "#date+reported");
        assertThat(csv.body()).contains(",BD2022,");
        var xlsx = signedIn("viewer").get("/displacement/operations/" + demo() + "/export.xlsx?level=1");
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(org.pravaas.shared.web.Xlsx.CONTENT_TYPE);
        assertThat(xlsx.body()).startsWith("PK");
    }

    @Test
    void anAdministratorPublishesARoundAndOnlyThenViewersSeeIt() throws Exception {
        Operation op = DisplacementFixtures.operation(service, areas, access, imports);
        DisplacementFixtures.load(
                imports,
                op,
                ImportKind.ASSESSMENTS,
                DisplacementFixtures.ASSESSMENT_HEADER
                        + DisplacementFixtures.row(op.code() + "-p", 1, "CXB-010", "2026-01-02", 900, "", ""),
                false);
        String page = "/displacement/operations/" + op.id();
        assertThat(json(signedIn("viewer"), page + "/dashboard.json")).doesNotContain("\"number\":1");
        UUID round = operations.round(op.id(), 1).orElseThrow().id();
        WebClient admin = signedIn("admin");
        assertThat(admin.post(page, "/displacement/rounds/" + round + "/publish", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(json(signedIn("viewer"), page + "/dashboard.json")).contains("\"number\":1");
        assertThat(jdbc.sql("select count(*) from audit.entry where action = 'displacement.round.published'"
                                + " and object_id = :r")
                        .param("r", round.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anAdministratorOpensAnOperationForAKnownOfficeAndCountryOnly() throws Exception {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        Map<String, String> form = new HashMap<>(
                Map.of("code", code, "name", "Test floods", "officeCode", "XX-NOPE", "admin0Pcode", "BD"));
        WebClient admin = signedIn("admin");
        var refused = admin.post("/displacement", "/displacement/operations?lang=en", form);
        assertThat(refused.body()).contains("There is no office XX-NOPE.");
        form.put("officeCode", "BD-CXB");
        var created = admin.post("/displacement", "/displacement/operations", form);
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(operations.byCode(code)).isPresent();
        assertThat(signedIn("enumerator")
                        .post("/displacement", "/displacement/operations", form)
                        .statusCode())
                .isEqualTo(403);
    }

    private static Map<String, String> fields(UUID round, int individuals, int idps) {
        Map<String, String> f = new HashMap<>();
        f.put("roundId", round.toString());
        f.put("kind", "SITE");
        f.put("siteCode", "CXB-001");
        f.put("areaPcode", "");
        f.put("assessedOn", "2026-01-05");
        f.put("households", "20");
        f.put("individuals", Integer.toString(individuals));
        f.put("idps", Integer.toString(idps));
        f.put("returnees", "0");
        f.put("refugees", "50");
        f.put("host", "0");
        for (String cell : List.of("femaleChildren", "maleChildren", "femaleAdults", "maleAdults")) {
            f.put(cell, "20");
        }
        f.put("femaleElderly", "10");
        f.put("maleElderly", "10");
        f.put("originPcode", "BD202290");
        f.put("reason", "CONFLICT");
        f.put("displacedOn", "2025-12-20");
        f.put("shelter", "tarpaulin");
        f.put("needs", "food; water");
        f.put("comment", "");
        return f;
    }

    /** What the page scripts fetch: a request without the browser's text/html Accept header. */
    private static String json(WebClient browser, String path) throws Exception {
        var response = browser.getHtmx(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private WebClient signedIn(String user) throws Exception {
        WebClient browser = new WebClient(port);
        browser.signIn(user, "pravaas-demo");
        return browser;
    }
}
