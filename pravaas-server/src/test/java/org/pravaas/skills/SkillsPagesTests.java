package org.pravaas.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravaas.PravaasTest;
import org.pravaas.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The skills screens in every language, the forms' refusals, the API, and who may do what. */
@PravaasTest
class SkillsPagesTests {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private WebClient signedIn(String user) throws Exception {
        WebClient web = new WebClient(port);
        web.signIn(user, "pravaas-demo");
        return web;
    }

    private UUID id(String sql) {
        return jdbc.sql(sql).query(UUID.class).list().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ar", "hi", "ko"})
    void everySkillsScreenRendersInEachLanguage(String language) throws Exception {
        WebClient admin = signedIn("admin");
        UUID opening = id("select id from skills.opening where title like 'Intensive care nurses%'");
        UUID profile = id("select profile_id from skills.placement where status = 'COMPLETED' order by id");
        UUID placement = id("select id from skills.placement where status = 'COMPLETED' order by id");
        admin.post(
                "/skills/orientation",
                "/skills/orientation",
                Map.of(
                        "title",
                        "Before leaving for Germany",
                        "destinationCountry",
                        "DE",
                        "heldOn",
                        "2030-01-10",
                        "place",
                        "New Delhi",
                        "capacity",
                        "20"));
        UUID session = id("select id from skills.orientation_session order by held_on desc");
        for (String page : List.of(
                "/skills",
                "/skills?digits=4",
                "/skills/help",
                "/skills/profiles",
                "/skills/profiles/" + profile,
                "/skills/profiles/" + profile + "/edit",
                "/skills/profiles/new",
                "/skills/profiles/new?q=a",
                "/skills/openings",
                "/skills/openings/new",
                "/skills/openings/" + opening,
                "/skills/placements/" + placement,
                "/skills/orientation",
                "/skills/orientation/" + session,
                "/skills/occupations",
                "/skills/occupations?q=22")) {
            var response = admin.get(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body()).as(page).doesNotContain("??").contains("lang=\"" + language + "\"");
            if (language.equals("ar")) assertThat(response.body()).contains("dir=\"rtl\"");
        }
    }

    @Test
    void theOpeningFormRefusesAnUnknownOccupationCodeWithTheReason() throws Exception {
        WebClient caseworker = signedIn("caseworker");
        Map<String, String> form = opening("2299");
        var refused = caseworker.post("/skills/openings/new", "/skills/openings?lang=en", form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("2299 is not an ISCO-08 code.");
        form.put("occupation", "222");
        assertThat(caseworker
                        .post("/skills/openings/new", "/skills/openings?lang=fr", form)
                        .body())
                .contains("222 est un groupe CITP-08, pas un groupe de base");
        form.put("occupation", "2222");
        var posted = caseworker.post("/skills/openings/new", "/skills/openings", form);
        assertThat(posted.statusCode()).isEqualTo(302);
        String location = java.net
                .URI
                .create(posted.headers().firstValue("Location").orElseThrow())
                .getPath();
        assertThat(caseworker.get(location + "?lang=en").body()).contains("2222 Midwifery professionals");
    }

    @Test
    void theProfileFormRefusesEachBadEntryBesideItsFieldAndSavesOnceFixed() throws Exception {
        UUID person = SkillsFixtures.person(port, "Nour", "Form");
        WebClient admin = signedIn("admin");
        Map<String, String> form = new HashMap<>(Map.of(
                "personId",
                person.toString(),
                "kind",
                "EXPERT",
                "headline",
                "Midwife",
                "occupations",
                "2222, 9999",
                "skills",
                "Antenatal care, DELIVERY",
                "experienceYears",
                "6",
                "originCountry",
                "SY",
                "residenceCountry",
                "XX",
                "availability",
                "SHORT_ASSIGNMENT",
                "languages",
                "ar:native, fr:B7"));
        form.put("consentContact", "true");
        String page = "/skills/profiles/new?person=" + person;
        var refused = admin.post(page, "/skills/profiles?lang=en", form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("9999 is not an ISCO-08 code.")
                .contains("XX is not an ISO 3166 country code.")
                .contains("fr:B7: give a level from A1 to C2, or native.");
        form.put("occupations", "2222, 3222");
        form.put("residenceCountry", "lb");
        form.put("languages", "ar:native, fr:B2");
        var saved = admin.post(page, "/skills/profiles", form);
        assertThat(saved.statusCode()).isEqualTo(302);
        String body = admin.get(
                        URI.create(saved.headers().firstValue("Location").orElseThrow())
                                        .getPath() + "?lang=en")
                .body();
        assertThat(body)
                .contains("2222 Midwifery professionals")
                .contains("3222 Midwifery associate professionals")
                .contains("antenatal care")
                .contains("delivery")
                .contains("Lebanon");
        assertThat(admin.get(page).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/skills/profiles/"));
    }

    private static Map<String, String> opening(String occupation) {
        Map<String, String> form = new HashMap<>(Map.of(
                "kind",
                "ASSIGNMENT",
                "title",
                "Midwives",
                "organisation",
                "Maternity hospital",
                "organisationType",
                "HOSPITAL",
                "country",
                "SY",
                "occupation",
                occupation,
                "availability",
                "SHORT_ASSIGNMENT",
                "places",
                "2",
                "startsOn",
                "2030-01-01",
                "endsOn",
                "2030-06-30"));
        form.put("languages", "ar:C1");
        return form;
    }

    @Test
    void theApiRefusesAnUnknownCodeAsAProblemAndRanksWithReasonsInTheCallersLanguage() throws Exception {
        UUID person = SkillsFixtures.person(port, "Hiba", "Api");
        String body =
                """
                {"personId": "%s", "kind": "EXPERT", "headline": "Nurse", "occupations": ["9999"],
                 "experienceYears": 4, "residenceCountry": "LB", "originCountry": "SY",
                 "availability": ["SHORT_ASSIGNMENT"], "consentContact": true, "languages": ["ar:native"]}"""
                        .formatted(person);
        var refused = SkillsFixtures.api(port, "POST", "/api/v1/skills/profiles", body);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"occupations\"").contains("9999 is not an ISCO-08 code.");
        var created = SkillsFixtures.api(port, "POST", "/api/v1/skills/profiles", body.replace("9999", "2221"));
        assertThat(created.statusCode()).isEqualTo(201);
        UUID opening = id("select id from skills.opening where title like 'Intensive care nurses%'");
        var ranked =
                SkillsFixtures.api(port, "GET", "/api/v1/skills/openings/" + opening + "/candidates?limit=5", null);
        assertThat(ranked.statusCode()).isEqualTo(200);
        assertThat(ranked.body()).contains("\"aspect\":\"OCCUPATION\"").contains("same unit group 2221");
        assertThat(SkillsFixtures.api(port, "GET", "/api/v1/skills/occupations/2221", null)
                        .body())
                .contains("Health professionals")
                .contains("Nursing professionals");
        assertThat(SkillsFixtures.api(port, "GET", "/api/v1/skills/occupations/2299", null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void overTheApiAPlacementIsOfferedAcceptedAndAPaymentOutsideItsContractIsAProblem() throws Exception {
        UUID person = SkillsFixtures.person(port, "Lama", "Contract");
        String profile =
                """
                {"personId": "%s", "kind": "EXPERT", "headline": "Nurse", "occupations": ["2221"],
                 "experienceYears": 4, "residenceCountry": "LB", "originCountry": "SY",
                 "availability": ["SHORT_ASSIGNMENT"], "consentContact": true, "languages": ["ar:native"]}"""
                        .formatted(person);
        var created = SkillsFixtures.api(port, "POST", "/api/v1/skills/profiles", profile);
        String profileId = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        UUID opening = id("select id from skills.opening where title like 'Intensive care nurses%'");
        String offer =
                """
                {"openingId": "%s", "profileId": "%s", "startsOn": "2031-01-01", "endsOn": "2031-03-31"}"""
                        .formatted(opening, profileId);
        var offered = SkillsFixtures.api(port, "POST", "/api/v1/skills/placements", offer);
        assertThat(offered.statusCode()).isEqualTo(201);
        String placement = URI.create(offered.headers().firstValue("Location").orElseThrow())
                .getPath();
        assertThat(SkillsFixtures.api(port, "POST", placement + "/accept", null).body())
                .contains("\"ACCEPTED\"");
        String pay =
                """
                {"kind": "SUBSIDY", "amount": 300, "currency": "EUR", "paidOn": "2031-04-30",
                 "periodFrom": "2031-03-01", "periodTo": "2031-04-30"}""";
        var refused = SkillsFixtures.api(port, "POST", placement + "/payments", pay);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("\"periodTo\"")
                .contains("The period paid for is outside the contract (2031-01-01 to 2031-03-31).");
        assertThat(SkillsFixtures.api(
                                port, "POST", placement + "/payments", pay.replace("2031-04-30\"}", "2031-03-31\"}"))
                        .statusCode())
                .isEqualTo(200);
        var twice = SkillsFixtures.api(port, "POST", "/api/v1/skills/placements", offer);
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("This person is already placed from 2031-01-01 to 2031-03-31");
    }

    @Test
    void aCandidateAlreadyPlacedDuringTheOpeningIsMarkedAndOfferedNothing() throws Exception {
        UUID person = SkillsFixtures.person(port, "Samar", "Busy");
        String profile =
                """
                {"personId": "%s", "kind": "EXPERT", "headline": "Busy nurse", "occupations": ["2221"],
                 "skills": ["intensive care", "triage", "infection control"], "experienceYears": 30,
                 "residenceCountry": "LB", "originCountry": "SY", "availability": ["SHORT_ASSIGNMENT"],
                 "consentContact": true, "languages": ["ar:native", "en:C1"]}"""
                        .formatted(person);
        String profileId = SkillsFixtures.api(port, "POST", "/api/v1/skills/profiles", profile)
                .body()
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        UUID other = id("select id from skills.opening where title like 'Paediatric mentoring%'");
        UUID icu = id("select id from skills.opening where title like 'Intensive care nurses%'");
        String dates = jdbc.sql("select starts_on || ' ' || ends_on from skills.opening where id = :id")
                .param("id", icu)
                .query(String.class)
                .single();
        String offer = """
                {"openingId": "%s", "profileId": "%s", "startsOn": "%s", "endsOn": "%s"}"""
                .formatted(other, profileId, dates.split(" ")[0], dates.split(" ")[1]);
        assertThat(SkillsFixtures.api(port, "POST", "/api/v1/skills/placements", offer)
                        .statusCode())
                .isEqualTo(201);
        String page = signedIn("admin")
                .get("/skills/openings/" + icu + "?lang=en&limit=200")
                .body();
        String row = page.substring(page.indexOf("Samar Busy") - 300, page.indexOf("Samar Busy") + 2500);
        assertThat(row).contains("Already placed during these dates");
        assertThat(row.substring(0, row.indexOf("</tr>")))
                .doesNotContain("class=\"btn btn-sm btn-outline-primary offer\"");
    }

    @Test
    void aViewerReadsButMayNotPostAndACaseworkerSeesOnlyCandidatesOfTheirOffices() throws Exception {
        WebClient viewer = signedIn("viewer");
        assertThat(viewer.get("/skills/openings?lang=en").statusCode()).isEqualTo(200);
        assertThat(viewer.get("/skills/openings?lang=en").body()).doesNotContain("id=\"new-opening\"");
        assertThat(viewer.post("/skills/openings", "/skills/openings", opening("2222"))
                        .statusCode())
                .isEqualTo(403);
        UUID opening = id("select id from skills.opening where title like 'Intensive care nurses%'");
        String page = signedIn("caseworker")
                .get("/skills/openings/" + opening + "?lang=en")
                .body();
        List<String> offices = jdbc.sql(
                        """
                select distinct cast(p.office_id as text) from skills.profile p where p.consent_contact
                """)
                .query(String.class)
                .list();
        assertThat(offices.size()).isGreaterThan(1);
        String beirut = jdbc.sql("select cast(id as text) from organization.office where code = 'LB-BEY'")
                .query(String.class)
                .single();
        List<String> shown = jdbc.sql("select cast(id as text) from skills.profile where office_id <> cast(:o as uuid)")
                .param("o", beirut)
                .query(String.class)
                .list();
        assertThat(shown).allSatisfy(other -> assertThat(page).doesNotContain(other));
        assertThat(page).contains("class=\"candidate\"");
    }

    @Test
    void aPlacementPrintsAsAPdfInArabicAndThePrintIsAudited() throws Exception {
        UUID placement = id("select id from skills.placement where status = 'COMPLETED' order by id");
        var pdf = signedIn("admin").get("/skills/placements/" + placement + "/letter.pdf?lang=ar");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(jdbc.sql("select count(*) from audit.entry where action = 'skills.placement.printed'"
                                + " and object_id = :id")
                        .param("id", placement.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(signedIn("viewer")
                        .get("/skills/placements/" + placement + "/letter.pdf")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void profilesExportAsCsvInTheCallersScopeAndTheExportIsAudited() throws Exception {
        long before = jdbc.sql("select count(*) from audit.entry where action = 'skills.profile.exported'")
                .query(Long.class)
                .single();
        var csv = signedIn("caseworker").get("/skills/profiles.csv?q=nurse");
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String[] lines = csv.body().replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0]).startsWith("reference,name,latin_name,headline");
        assertThat(lines.length).isGreaterThan(1);
        assertThat(List.of(lines).subList(1, lines.length))
                .allSatisfy(l -> assertThat(l).startsWith("LB-BEY-"));
        assertThat(jdbc.sql("select count(*) from audit.entry where action = 'skills.profile.exported'")
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 1);
    }

    @Test
    void theFiguresExportAsCsvWithTheOccupationTitles() throws Exception {
        var csv = signedIn("admin").get("/skills/figures.csv?digits=4");
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).contains("country_code,country,isco08").contains("Generalist medical practitioners");
    }
}
