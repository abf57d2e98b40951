package org.pravaas.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.WebClient;
import org.pravaas.health.assessment.AssessmentService;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.registry.PersonSummary;
import org.pravaas.registry.person.PersonDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/** The health pages, PDFs and API as their users reach them, in several languages. */
@PravaasTest
class HealthPagesTests {
    @LocalServerPort
    int port;

    @Autowired
    AssessmentService assessments;

    @Autowired
    BatchIdentity identity;

    @Autowired
    PersonDirectory directory;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private WebClient signedIn(String user) throws Exception {
        WebClient web = new WebClient(port);
        web.signIn(user, "pravaas-demo");
        return web;
    }

    private UUID scheduled(int n) {
        PersonSummary p = HealthFixtures.person(identity, directory, n);
        UUID id = assessments.schedule(p.id(), HealthFixtures.usProfile(), LocalDate.now(), "Page clinic");
        SecurityContextHolder.clearContext();
        return id;
    }

    @Test
    void theHealthOfficerSeesTodaysWorklistWithTheDemoPeople() throws Exception {
        var page = signedIn("health").get("/health?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"worklist\"")
                .contains("Cox&#39;s Bazar MHAC")
                .contains("BD-CXB-");
        var csv = signedIn("health").get("/health/worklist.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body())
                .contains("day,clinic,reference,name")
                .contains("Cox's Bazar MHAC")
                .contains("BD-CXB-");
        assertThat(csv.body().lines().count()).isGreaterThan(20);
        assertThat(signedIn("admin").get("/health/worklist.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void anImpossibleTemperatureIsShownBesideTheFieldInFrenchAndNothingIsSaved() throws Exception {
        UUID a = scheduled(50);
        WebClient web = signedIn("health");
        Map<String, String> form = new HashMap<>();
        form.put("version", "0");
        form.put("physician", "Dr. Page");
        form.put("temperatureC", "60");
        form.put("weightKg", "-2");
        var refused = web.post("/health/assessments/" + a + "?lang=fr", "/health/assessments/" + a, form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("60 est impossible ici : entre 30 et 45.")
                .contains("-2 est impossible");
        var again = web.get("/health/assessments/" + a + "?lang=en").body();
        assertThat(again).doesNotContain("Dr. Page");
    }

    @Test
    void anAdministratorSeesOnlyTheStatusThenBreaksTheGlassAndTheLeadSeesIt() throws Exception {
        PersonSummary p = HealthFixtures.person(identity, directory, 51);
        SecurityContextHolder.clearContext();
        WebClient admin = signedIn("admin");
        String path = "/health/persons/" + p.id();
        var statusOnly = admin.get(path + "?lang=en").body();
        assertThat(statusOnly)
                .contains("id=\"status-only\"")
                .contains("id=\"glass-form\"")
                .doesNotContain("id=\"clinical\"");
        var shortReason = admin.post(path, path + "/glass", Map.of("reason", "why"));
        assertThat(shortReason.body()).contains("at least 10 characters");
        var opened = admin.post(path, path + "/glass", Map.of("reason", "Family asks about fitness for the flight"));
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(admin.get(path + "?lang=en").body())
                .contains("id=\"clinical\"")
                .contains("id=\"glass-open\"");

        var report = signedIn("health").get("/health/glass?lang=en").body();
        assertThat(report).contains("Family asks about fitness for the flight").contains("admin");
    }

    @Test
    void theHelpAndThePersonPageRenderRightToLeftInArabic() throws Exception {
        WebClient web = signedIn("health");
        var help = web.get("/health/help?lang=ar").body();
        assertThat(help).contains("dir=\"rtl\"").contains("من يرى ماذا");
        PersonSummary p = HealthFixtures.person(identity, directory, 52);
        SecurityContextHolder.clearContext();
        var person = web.get("/health/persons/" + p.id() + "?lang=ar").body();
        assertThat(person).contains("dir=\"rtl\"").contains("السجل الصحي");
        UUID a = scheduled(54);
        for (String lang : new String[] {"en", "fr", "es", "ar", "hi", "ko"}) {
            for (String page : new String[] {
                "/health",
                "/health/profiles",
                "/health/profiles/US-RST",
                "/health/profiles/edit?from=CA-RST",
                "/health/glass",
                "/health/leads",
                "/health/help",
                "/health/assessments/" + a,
                "/health/persons/" + p.id()
            }) {
                var r = web.get(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
                assertThat(r.statusCode()).as(page + " in " + lang).isEqualTo(200);
                assertThat(r.body()).as(page + " in " + lang).doesNotContain("??");
            }
        }
    }

    @Test
    void theApiGivesTheStatusToOthersAndRefusesAnUpdateWithoutIfMatch() throws Exception {
        UUID a = scheduled(53);
        PersonSummary p = HealthFixtures.person(identity, directory, 53);
        SecurityContextHolder.clearContext();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + port + "/api/v1/health";
        var status = http.send(
                HttpRequest.newBuilder(URI.create(base + "/persons/" + p.id() + "/status"))
                        .header("Authorization", "Bearer pravaas-demo-admin-token")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"kind\":\"NONE\"");
        var clinical = http.send(
                HttpRequest.newBuilder(URI.create(base + "/assessments/" + a))
                        .header("Authorization", "Bearer pravaas-demo-admin-token")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(clinical.statusCode()).isEqualTo(403);
        var noIfMatch = http.send(
                HttpRequest.newBuilder(URI.create(base + "/assessments/" + a))
                        .header("Authorization", "Bearer pravaas-demo-admin-token")
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"temperatureC\": 60}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noIfMatch.statusCode()).isEqualTo(428);
    }

    @Test
    void theClearanceFormAndTheVaccinationRecordArePdfsForTheHealthOfficerOnly() throws Exception {
        UUID a = scheduled(55);
        PersonSummary p = HealthFixtures.person(identity, directory, 55);
        SecurityContextHolder.clearContext();
        WebClient health = signedIn("health");
        var clearance = health.get("/health/assessments/" + a + "/clearance.pdf?lang=ar");
        assertThat(clearance.statusCode()).isEqualTo(200);
        assertThat(clearance.body()).startsWith("%PDF");
        var record = health.get("/health/persons/" + p.id() + "/vaccinations.pdf?lang=hi");
        assertThat(record.body()).startsWith("%PDF");
        assertThat(signedIn("admin")
                        .get("/health/assessments/" + a + "/clearance.pdf")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void anAdministratorNamesOnlyAHealthOfficerAsAnOfficesLead() throws Exception {
        WebClient admin = signedIn("admin");
        var refused = admin.post(
                "/health/leads?lang=en", "/health/leads", Map.of("office", "BD-CXB", "username", "enumerator"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("enumerator is not an active account with the health officer role");
        var unknown = admin.post("/health/leads", "/health/leads", Map.of("office", "XX-NOPE", "username", "health"));
        assertThat(unknown.body()).contains("No office with code XX-NOPE");
        var named = admin.post("/health/leads", "/health/leads", Map.of("office", "BD-CXB", "username", "health"));
        assertThat(named.statusCode()).isEqualTo(302);
        assertThat(admin.get("/health/leads").body()).contains("BD-CXB").contains("health");
        assertThat(signedIn("health").get("/health/leads").body()).doesNotContain("id=\"lead-form\"");
    }

    @Test
    void theDailyObservedTreatmentLogIsKeptFromItsPage() throws Exception {
        PersonSummary p = HealthFixtures.person(identity, directory, 56);
        SecurityContextHolder.clearContext();
        WebClient web = signedIn("health");
        String person = "/health/persons/" + p.id();
        var started = web.post(
                person + "?lang=en",
                person + "/treatments",
                Map.of(
                        "regimen",
                        "2HRZE/4HR",
                        "startedOn",
                        LocalDate.now().minusDays(3).toString()));
        assertThat(started.statusCode()).isEqualTo(302);
        String course = started.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        web.post(
                course,
                course + "/doses",
                Map.of("doseOn", LocalDate.now().minusDays(2).toString(), "taken", "true"));
        web.post(
                course,
                course + "/doses",
                Map.of("doseOn", LocalDate.now().minusDays(1).toString()));
        var future = web.post(
                course,
                course + "/doses",
                Map.of("doseOn", LocalDate.now().plusDays(1).toString()));
        assertThat(future.body()).contains("id=\"problems\"");
        assertThat(web.get(course + "?lang=en").body()).contains("1 doses observed, 1 missed: 50 % adherence.");
    }
}
