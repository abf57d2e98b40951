package org.pravaas.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.WebClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The registry's pages as a registrar uses them, in English and in Arabic. */
@PravaasTest
class RegistryPagesTests {
    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private WebClient signedIn(String user) throws Exception {
        WebClient web = new WebClient(port);
        web.signIn(user, "pravaas-demo");
        return web;
    }

    private static Map<String, String> form(String given, String family, String birth) {
        Map<String, String> f = new HashMap<>();
        f.put("given", given);
        f.put("family", family);
        f.put("sex", "F");
        f.put("birthDate", birth);
        f.put("nationality", "SY");
        f.put("version", "0");
        return f;
    }

    @Test
    void aRegistrarRegistersAPersonAndIsStoppedWhenTheSamePersonComesAgainInArabic() throws Exception {
        WebClient web = signedIn("registrar");
        var saved = web.post("/registry/new?lang=en", "/registry/new", form("Rasha", "Qabbani", "1994-08-30"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String personPath = saved.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        assertThat(web.get(personPath).body()).contains("Rasha Qabbani").contains("JO-AMM-");

        var candidates = web.post("/registry/new", "/registry/new/candidates", form("رشا", "قباني", "1994-08-30"));
        assertThat(candidates.body()).contains("Rasha Qabbani").contains("candidate-link");

        var stopped = web.post("/registry/new", "/registry/new", form("رشا", "قباني", "1994-08-30"));
        assertThat(stopped.statusCode()).isEqualTo(200);
        assertThat(stopped.body()).contains("confirmedNew").contains("Rasha Qabbani");
    }

    @Test
    void aFutureBirthIsShownBesideTheFieldInTheUsersLanguage() throws Exception {
        WebClient web = signedIn("registrar");
        var refused = web.post("/registry/new?lang=fr", "/registry/new", form("Layla", "Hamdan", "2999-01-01"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("est dans le futur");
    }

    @Test
    void theSearchAndTheHelpRenderRightToLeftInArabic() throws Exception {
        WebClient web = signedIn("registrar");
        web.post("/registry/new?lang=en", "/registry/new", form("Salma", "Darwish", "1988-03-03"));
        var page = web.get("/registry?lang=ar&q=" + java.net.URLEncoder.encode("سلمى درويش", "UTF-8"));
        assertThat(page.body())
                .contains("dir=\"rtl\"")
                .contains("Salma Darwish")
                .contains("السجل");
        assertThat(web.get("/registry/help").body()).contains("قراءة منطقة القراءة الآلية");
        assertThat(web.get("/registry/review").statusCode()).isEqualTo(200);
        assertThat(web.get("/registry/households").statusCode()).isEqualTo(200);
    }

    @Test
    void theDemoHasPeopleInFiveScriptsWithHouseholdsZonesAndPlantedDuplicates() throws Exception {
        var scripts = jdbc.sql("select distinct script from registry.person_name")
                .query(String.class)
                .list();
        assertThat(scripts).contains("LATIN", "ARABIC", "DEVANAGARI", "HANGUL", "OTHER");
        assertThat(jdbc.sql("select count(*) from registry.person")
                        .query(Long.class)
                        .single())
                .isGreaterThan(2000);
        assertThat(jdbc.sql("select count(*) from registry.household")
                        .query(Long.class)
                        .single())
                .isGreaterThan(50);
        var zones = jdbc.sql("select mrz from registry.document where mrz is not null limit 50")
                .query(String.class)
                .list();
        assertThat(zones).isNotEmpty();
        zones.forEach(z -> org.pravaas.registry.mrz.Mrz.parse(z, java.time.LocalDate.now()));
        WebClient registrar = signedIn("registrar");
        assertThat(registrar.get("/registry/review?lang=en").body()).contains("review-link");
    }

    @Test
    void aWrongCheckDigitInTheZoneNamesTheField() throws Exception {
        WebClient web = signedIn("registrar");
        Map<String, String> f = form("", "", "");
        f.put("mrz", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408127F1204159ZE184226B<<<<<10");
        var page = web.post("/registry/new?lang=en", "/registry/mrz", f);
        assertThat(page.body()).contains("Check digit of the date of birth");
        f.put("mrz", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10");
        var filled = web.post("/registry/new?lang=en", "/registry/mrz", f);
        assertThat(filled.body())
                .contains("mrz-filled")
                .contains("value=\"ERIKSSON\"")
                .contains("value=\"1974-08-12\"");
    }

    @Test
    void anImportIsUploadedMappedCheckedAndReportedRowByRow() throws Exception {
        WebClient web = signedIn("registrar");
        String csv =
                "First name,Surname,Gender,Born,Citizenship\nNadia,Sarraf,F,1987-12-01,LB\nKhalil,Sarraf,M,1985-31-12,LB\n";
        var mapping = web.postFile(
                "/registry/import?lang=en",
                "/registry/import",
                "file",
                "sarraf.csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(mapping.body()).contains("Columns of sarraf.csv").contains("Surname");
        var token = java.util.regex.Pattern.compile("/registry/import/([0-9a-f-]{36})\"")
                .matcher(mapping.body());
        assertThat(token.find()).isTrue();
        Map<String, String> fields = new HashMap<>(Map.of(
                "field.GIVEN",
                "First name",
                "field.FAMILY",
                "Surname",
                "field.SEX",
                "Gender",
                "field.BIRTH_DATE",
                "Born",
                "field.NATIONALITY",
                "Citizenship",
                "action",
                "check"));
        var started = web.post("/registry/import?lang=en", "/registry/import/" + token.group(1), fields);
        assertThat(started.statusCode()).isEqualTo(302);
        String job = started.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        String report = web.get(job).body();
        for (int i = 0; i < 50 && report.contains("progress-bar-animated"); i++) {
            Thread.sleep(200);
            report = web.get(job).body();
        }
        assertThat(report)
                .contains("id=\"rows-total\">2<")
                .contains("id=\"rows-invalid\">1<")
                .contains("is not a date that exists")
                .contains("download-errors");
    }

    @Test
    void aPartnerCannotOpenTheRegistry() throws Exception {
        WebClient web = signedIn("partner");
        assertThat(web.get("/registry?q=Salma").statusCode()).isEqualTo(403);
    }
}
