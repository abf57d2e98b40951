package org.pravaas.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravaas.PravaasTest;
import org.pravaas.WebClient;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.voting.count.FormStatus;
import org.pravaas.voting.count.ResultForms;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.ElectionService;
import org.pravaas.voting.election.Elections;
import org.pravaas.voting.election.Stations;
import org.pravaas.voting.register.RegistrationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** The voting screens in every language, on the demo election; forms, refusals, exports and who may see voters. */
@PravaasTest
class VotingPagesTests {
    @LocalServerPort
    int port;

    @Autowired
    Elections elections;

    @Autowired
    Stations stations;

    @Autowired
    ResultForms forms;

    @Autowired
    ElectionService electionService;

    @Autowired
    RegistrationService registration;

    @Autowired
    BatchIdentity identity;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Election demo() {
        return elections.byCode("OCV-2026").orElseThrow();
    }

    private UUID station(String code) {
        return stations.byCode(demo().id(), code).orElseThrow().id();
    }

    private UUID aVoter(String status) {
        return jdbc.sql(
                        "select id from voting.voter where election_id = :e and status = :s order by receipt_number limit 1")
                .param("e", demo().id())
                .param("s", status)
                .query(UUID.class)
                .single();
    }

    private WebClient signedIn(String user) throws Exception {
        WebClient web = new WebClient(port);
        web.signIn(user, "pravaas-demo");
        return web;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ar", "hi", "ko"})
    void everyVotingScreenRendersInEachLanguage(String language) throws Exception {
        WebClient admin = signedIn("admin");
        String e = "/voting/elections/" + demo().id();
        UUID quarantined = forms.of(demo().id()).stream()
                .filter(f -> f.status() == FormStatus.QUARANTINED)
                .findFirst()
                .orElseThrow()
                .id();
        for (String page : List.of(
                "/voting",
                "/voting/help",
                e,
                e + "/register",
                e + "/voters",
                e + "/voters?station=" + station("JO-AMM-01") + "&q=Ali",
                e + "/review",
                e + "/results",
                "/voting/voters/" + aVoter("HELD"),
                "/voting/voters/" + aVoter("REGISTERED"),
                "/voting/stations/" + station("JO-AMM-01") + "/poll",
                "/voting/stations/" + station("JO-AMM-01") + "/poll?receipt=OCV-2026-0000001-00",
                "/voting/stations/" + station("KR-SEL-01") + "/form",
                "/voting/forms/" + quarantined)) {
            var response = admin.get(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body()).as(page).doesNotContain("??").contains("lang=\"" + language + "\"");
            if (language.equals("ar")) {
                assertThat(response.body()).contains("dir=\"rtl\"");
            }
        }
    }

    @Test
    void theDemoHoldsTheArabicSecondRegistrationAndFormsInEveryState() {
        var held = jdbc.sql("select given, family from voting.voter where election_id = :e and status = 'HELD'")
                .param("e", demo().id())
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                .list();
        assertThat(held).contains("أحمد الراوي");
        assertThat(forms.of(demo().id()))
                .extracting(f -> f.status())
                .contains(
                        FormStatus.COUNTED,
                        FormStatus.QUARANTINED,
                        FormStatus.QUALITY_CONTROL,
                        FormStatus.AWAITING_SECOND);
    }

    @Test
    void theRegistrationFormRefusesAnUnderAgeApplicantInTheUsersLanguageAndRegistersAnAdult() throws Exception {
        WebClient official = signedIn("elections");
        String form = "/voting/elections/" + demo().id() + "/register";
        Map<String, String> fields = new java.util.HashMap<>(Map.of(
                "stationId", station("KR-SEL-01").toString(),
                "given", "지민",
                "family", "김",
                "birthDate", LocalDate.now().minusYears(16).toString(),
                "sex", "F",
                "citizenship", "IQ",
                "document1Kind", "PASSPORT",
                "document1Number", "K7001",
                "document2Kind", "NATIONAL_ID",
                "document2Number", "IQ7001"));
        var refused = official.post(form, form + "?lang=fr", fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Trop jeune");
        fields.put("birthDate", "1992-02-02");
        var saved = official.post(form, form, fields);
        assertThat(saved.statusCode()).isEqualTo(302);
        String voterPage = java.net
                .URI
                .create(saved.headers().firstValue("Location").orElseThrow())
                .getPath();
        assertThat(official.get(voterPage + "?lang=en").body()).contains("김").contains("On the list");
    }

    @Test
    void anAdministratorSetsUpAnElectionItsStationsAndStaffThroughTheForms() throws Exception {
        WebClient admin = signedIn("admin");
        String today = LocalDate.now().toString();
        Map<String, String> election = new java.util.HashMap<>(Map.ofEntries(
                Map.entry("code", "WEB-1"),
                Map.entry("name", "Referendum abroad"),
                Map.entry("country", "AF"),
                Map.entry("kind", "REFERENDUM"),
                Map.entry("officeCode", "HQ"),
                Map.entry("registrationOpens", today),
                Map.entry("registrationCloses", LocalDate.now().plusDays(9).toString()),
                Map.entry("pollingStarts", LocalDate.now().plusDays(10).toString()),
                Map.entry("pollingEnds", LocalDate.now().plusDays(8).toString()),
                Map.entry("minimumAge", "18"),
                Map.entry("ageCutoff", LocalDate.now().plusDays(10).toString()),
                Map.entry("documentsRequired", "2"),
                Map.entry("documentsWithWitness", "1"),
                Map.entry("acceptedDocuments", "PASSPORT"),
                Map.entry("_acceptedDocuments", "on"),
                Map.entry("_ownStationOnly", "on"),
                Map.entry("contestants", "Yes\nNo")));
        var refused = admin.post("/voting", "/voting/elections?lang=en", election);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Polling cannot end before it starts.");
        election.put("pollingEnds", LocalDate.now().plusDays(11).toString());
        var created = admin.post("/voting", "/voting/elections", election);
        assertThat(created.statusCode()).isEqualTo(302);
        String page = java.net
                .URI
                .create(created.headers().firstValue("Location").orElseThrow())
                .getPath();
        var e = elections.byCode("WEB-1").orElseThrow();
        assertThat(e.acceptedDocuments()).containsExactly(org.pravaas.voting.election.DocumentKind.PASSPORT);
        assertThat(e.ownStationOnly()).isFalse();
        var home = admin.post(
                page,
                page + "/stations?lang=en",
                Map.of("code", "AF-KBL", "name", "Kabul", "hostCountry", "AF", "city", "Kabul", "officeCode", "HQ"));
        assertThat(home.body()).contains("Stations of an out-of-country vote are abroad");
        var opened = admin.post(
                page,
                page + "/stations",
                Map.of(
                        "code",
                        "PK-ISB",
                        "name",
                        "Islamabad",
                        "hostCountry",
                        "PK",
                        "city",
                        "Islamabad",
                        "officeCode",
                        "HQ"));
        assertThat(opened.statusCode()).isEqualTo(302);
        var staff = admin.post(
                page, page + "/staff", Map.of("username", "elections", "stationId", "", "designation", "AUDITOR"));
        assertThat(staff.statusCode()).isEqualTo(302);
        assertThat(admin.get(page + "?lang=en").body())
                .contains("PK-ISB")
                .contains("Auditor")
                .contains("Whole election");
    }

    @Test
    void votersAreHiddenFromOfficialsOfOtherOfficesAndFromViewersButResultsAreNot() throws Exception {
        WebClient official = signedIn("elections");
        assertThat(official.get("/voting/voters/" + aVoter("HELD")).statusCode())
                .isEqualTo(403);
        WebClient viewer = signedIn("viewer");
        assertThat(viewer.get("/voting/voters/" + aVoter("REGISTERED")).statusCode())
                .isEqualTo(403);
        assertThat(viewer.get("/voting/stations/" + station("JO-AMM-01") + "/voters.csv")
                        .statusCode())
                .isEqualTo(403);
        assertThat(viewer.get("/voting/elections/" + demo().id() + "/results?lang=en")
                        .body())
                .contains("By host country");
    }

    @Test
    void resultsAndVoterListsExport() throws Exception {
        WebClient admin = signedIn("admin");
        String csv =
                admin.get("/voting/elections/" + demo().id() + "/results.csv").body();
        assertThat(csv)
                .contains("level,station,host_country,form_status")
                .contains("overall")
                .contains("QUARANTINED");
        String list = admin.get("/voting/stations/" + station("JO-AMM-01") + "/voters.csv")
                .body();
        assertThat(list)
                .contains("receipt,family,given,latin_name,birth_date,sex")
                .contains("OCV-2026-");
        long lines = list.lines().count();
        assertThat(lines - 1)
                .isEqualTo(jdbc.sql("select count(*) from voting.voter where station_id = :s and status = 'REGISTERED'")
                        .param("s", station("JO-AMM-01"))
                        .query(Long.class)
                        .single());
        for (String pdf : List.of(
                "/voting/voters/" + aVoter("HELD") + "/receipt.pdf?lang=ar",
                "/voting/voters/" + aVoter("REGISTERED") + "/receipt.pdf?lang=hi",
                "/voting/stations/" + station("JO-AMM-01") + "/voters.pdf?lang=en")) {
            var response = admin.get(pdf);
            assertThat(response.statusCode()).as(pdf).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
            assertThat(response.body()).as(pdf).startsWith("%PDF");
        }
        var xlsx = admin.get("/voting/elections/" + demo().id() + "/results.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
    }
}
