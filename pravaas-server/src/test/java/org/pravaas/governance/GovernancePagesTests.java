package org.pravaas.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.pravaas.governance.budget.BudgetService;
import org.pravaas.governance.budget.PaymentCommand;
import org.pravaas.governance.membership.ObserverCommand;
import org.pravaas.governance.membership.ObserverOrganisationService;
import org.pravaas.governance.organ.DissolutionCommand;
import org.pravaas.governance.organ.LeadershipService;
import org.pravaas.governance.organ.NameCommand;
import org.pravaas.governance.organ.OrganCommand;
import org.pravaas.governance.organ.OrganKind;
import org.pravaas.governance.organ.OrganLifecycleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The governance pages, in every language, and who may change what. */
@PravaasTest
class GovernancePagesTests {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BudgetService budget;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    OrganLifecycleService lifecycle;

    @Autowired
    ObserverOrganisationService observers;

    @Autowired
    LeadershipService leadership;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ar", "hi", "ko"})
    void everyGovernanceScreenRendersInEachLanguage(String language) throws Exception {
        WebClient browser = signedIn("viewer");
        for (String page : pages()) {
            var response = browser.get(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body()).as(page).doesNotContain("??").contains("lang=\"" + language + "\"");
        }
    }

    @Test
    void theDashboardAsOf1985ShowsTheNameAndLeaderOfThatTime() throws Exception {
        String page =
                signedIn("viewer").get("/governance?asOf=1985-01-01&lang=en").body();
        assertThat(page)
                .contains("Intergovernmental Council for Migrant Movement")
                .contains("Jan-Pieter Verhoeven")
                .contains("class=\"chart-bar selected\"");
        int organs = page.indexOf("id=\"organs-then\"");
        assertThat(page.substring(organs, page.indexOf("</ul>", organs)))
                .contains("Executive Committee")
                .doesNotContain("Standing Committee");
    }

    @Test
    void aMemberPageSaysWhyAStateInArrearsMayNotVote() throws Exception {
        String page = signedIn("viewer").get("/governance/members/SO?lang=en").body();
        assertThat(page)
                .contains("May not vote")
                .contains("equal or exceed the contributions of the two preceding years");
    }

    @Test
    void theMemberListFiltersByVotingRightAndExportsCsv() throws Exception {
        WebClient browser = signedIn("viewer");
        String withoutVote =
                browser.getHtmx("/governance/members?mayVote=false&lang=en").body();
        assertThat(withoutVote).doesNotContain("<html").contains("member-SO").doesNotContain("member-DE");
        var csv = browser.get("/governance/members/export.csv?asOf=2000-01-01");
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).contains("as_of,country").contains("2000-01-01,");
    }

    @Test
    void aGovernanceOfficerRecordsAPaymentAndAnUnknownCurrencyIsShownBesideItsField() throws Exception {
        WebClient officer = signedIn("governance");
        String statement = "/governance/members/KE/statement";
        var refused = officer.post(
                statement + "?lang=en",
                "/governance/members/KE/payments",
                Map.of(
                        "country",
                        "KE",
                        "receivedOn",
                        "2025-05-01",
                        "amount",
                        "10.00",
                        "currency",
                        "ABC",
                        "credited",
                        "9.00"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("ABC is not an ISO 4217 currency").contains("is-invalid");
        var saved = officer.post(
                statement + "?lang=en",
                "/governance/members/KE/payments",
                Map.of(
                        "country",
                        "KE",
                        "receivedOn",
                        "2025-05-01",
                        "amount",
                        "1234.56",
                        "currency",
                        "CHF",
                        "reference",
                        "KE-test"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(officer.get(statement + "?lang=en").body())
                .contains("KE-test")
                .contains("The payment was recorded.");
    }

    @Test
    void aDelegationIsRecordedInItsStatesCapacityAndANonMembersIsRefused() throws Exception {
        WebClient officer = signedIn("governance");
        UUID session = jdbc.sql("select id from governance.session where number = 116")
                .query(UUID.class)
                .single();
        String page = "/governance/sessions/" + session;
        var refused = officer.post(page + "?lang=en", page + "/attendance", Map.of("country", "AQ", "head", ""));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("was neither a member nor an observer");
        var recorded = officer.post(
                page + "?lang=en", page + "/attendance", Map.of("country", "SA", "head", "H.E. Noura Al-Rashid"));
        assertThat(recorded.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select capacity from governance.attendance where session_id = :s and country = 'SA'")
                        .param("s", session)
                        .query(String.class)
                        .single())
                .isEqualTo("OBSERVER");
    }

    @Test
    void anOfficerFromAnObserverStateIsRefused() throws Exception {
        WebClient officer = signedIn("governance");
        UUID session = jdbc.sql("select id from governance.session where number = 115")
                .query(UUID.class)
                .single();
        String page = "/governance/sessions/" + session;
        var refused = officer.post(
                page + "?lang=en",
                page + "/officers",
                Map.of("role", "RAPPORTEUR", "name", "Omar Haddad", "country", "QA"));
        assertThat(refused.body()).contains("QA was not a member state on 2024-11-26");
        var recorded = officer.post(
                page + "?lang=en",
                page + "/officers",
                Map.of("role", "RAPPORTEUR", "name", "Omar Haddad", "country", "JO"));
        assertThat(recorded.statusCode()).isEqualTo(302);
    }

    @Test
    void aViewerMayReadButNotRecordAPayment() {
        var viewer = accounts.loadUserByUsername("viewer");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(viewer, null, viewer.getAuthorities()));
        assertThat(budget.statement("KE")).isNotEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> budget.record(new PaymentCommand(
                        "KE", java.time.LocalDate.of(2025, 1, 1), new java.math.BigDecimal("1"), "CHF", null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aViewerMayNotCreateOrDissolveOrgansRegisterObserversOrRenameTheOrganisation() {
        var viewer = accounts.loadUserByUsername("viewer");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(viewer, null, viewer.getAuthorities()));
        LocalDate day = LocalDate.of(2030, 1, 1);
        assertThatThrownBy(() -> lifecycle.create(
                        new OrganCommand("TF-VIEW", OrganKind.SUBCOMMITTEE, "Viewers", null, null, day, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lifecycle.dissolve(UUID.randomUUID(), new DissolutionCommand(day)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> observers.register(new ObserverCommand("Viewers", "NON_GOVERNMENTAL", day)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> leadership.rename(new NameCommand("Viewers", "V", day)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aGovernanceOfficerCreatesAnOrganAndATakenCodeIsShownBesideItsField() throws Exception {
        WebClient officer = signedIn("governance");
        var refused = officer.post("/governance/organs?lang=fr", "/governance/organs", workingGroup("EXCOM"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Un autre organe porte déjà le code EXCOM")
                .contains("is-invalid");
        var created = officer.post("/governance/organs?lang=en", "/governance/organs", workingGroup("WG-DATA"));
        assertThat(created.statusCode()).isEqualTo(302);
        String page = officer.get(java.net
                                .URI
                                .create(created.headers().firstValue("Location").orElseThrow())
                                .getPath() + "?lang=en")
                .body();
        assertThat(page)
                .contains("Working Group on Data")
                .contains("The organ was created.")
                .contains("dissolution-form");
    }

    @Test
    void anOverlappingObserverOrganisationIsRefusedOnTheMembersPage() throws Exception {
        WebClient officer = signedIn("governance");
        var refused = officer.post(
                "/governance/members?lang=en",
                "/governance/members/observer-organisations",
                Map.of("name", "Seafarers and Travellers Aid", "kind", "NON_GOVERNMENTAL", "from", "1980-01-01"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("already has observer status from").contains("is-invalid");
    }

    private static Map<String, String> workingGroup(String code) {
        return Map.of("code", code, "kind", "SUBCOMMITTEE", "name", "Working Group on Data", "from", "2024-01-01");
    }

    private List<String> pages() {
        UUID session = jdbc.sql("select id from governance.session order by starts_on desc limit 1")
                .query(UUID.class)
                .single();
        UUID resolution = jdbc.sql("select id from governance.resolution where number = '116/2'")
                .query(UUID.class)
                .single();
        UUID organ = jdbc.sql("select id from governance.organ where code = 'EXCOM'")
                .query(UUID.class)
                .single();
        return List.of(
                "/governance",
                "/governance?asOf=1960-01-01",
                "/governance/members",
                "/governance/members/BO?asOf=1988-06-01",
                "/governance/members/SO/statement",
                "/governance/organs",
                "/governance/organs/" + organ + "?asOf=2000-01-01",
                "/governance/sessions/" + session,
                "/governance/resolutions/" + resolution,
                "/governance/budget",
                "/governance/budget/2025",
                "/governance/help");
    }

    private WebClient signedIn(String user) throws Exception {
        WebClient browser = new WebClient(port);
        browser.signIn(user, "pravaas-demo");
        return browser;
    }
}
