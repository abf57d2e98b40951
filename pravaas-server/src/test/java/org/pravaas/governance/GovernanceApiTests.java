package org.pravaas.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.governance.organ.Leadership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The governance API on the demo history: "as of" answers, and each kind of bad input refused
 * with its reason as a problem detail.
 */
@PravaasTest
class GovernanceApiTests {
    private static final String TOKEN = "pravaas-demo-admin-token";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MemberStates members;

    @Autowired
    Leadership leadership;

    @Test
    void membersAsOfADayAreThoseWhosePeriodCoversIt() throws Exception {
        var response = get("/api/v1/governance/members?asOf=1990-01-01&status=MEMBER");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"country\":\"US\"").doesNotContain("\"country\":\"AU\"");
        assertThat(members.on(LocalDate.of(1990, 1, 1)).stream()
                        .filter(m -> m.status() == MembershipStatus.MEMBER)
                        .count())
                .isEqualTo(members.perYear(1990, 1990).get(0).members());
    }

    @Test
    void aStateThatWithdrewAndWasReadmittedIsAMemberOnlyWithinItsPeriods() {
        assertThat(members.isMember("AU", LocalDate.of(1955, 1, 1))).isTrue();
        assertThat(members.isMember("AU", LocalDate.of(1975, 1, 1))).isFalse();
        assertThat(members.isMember("AU", LocalDate.of(1995, 1, 1))).isTrue();
    }

    @Test
    void membershipGrowsFromTheFoundersToTodaysCount() throws Exception {
        var years = members.perYear(1952, LocalDate.now().getYear());
        assertThat(years.get(0).members()).isEqualTo(16);
        assertThat(years.get(years.size() - 1).members()).isGreaterThan(170);
        assertThat(get("/api/v1/governance/members-per-year?from=2000&to=2001").body())
                .contains("\"year\":2000");
    }

    @Test
    void aMemberInArrearsOfTwoYearsLosesItsVoteAndRegainsItWhenItPays() {
        assertThat(members.votingRight("SO", LocalDate.now()).mayVote()).isFalse();
        assertThat(members.votingRight("BO", LocalDate.of(1988, 6, 1)).mayVote())
                .isFalse();
        assertThat(members.votingRight("BO", LocalDate.of(1991, 1, 2)).mayVote())
                .isTrue();
        assertThat(members.votingRight("DE", LocalDate.now()).mayVote()).isTrue();
    }

    @Test
    void anOverlappingTermOfTheSameSeatIsRefusedWithTheReason() throws Exception {
        UUID excom = organ("EXCOM");
        String holder = jdbc.sql(
                        "select country from governance.seat_term where organ_id = :o and term @> date '2010-06-01' limit 1")
                .param("o", excom)
                .query(String.class)
                .single();
        var response = post(
                "/api/v1/governance/organs/" + excom + "/terms",
                "{\"country\":\"" + holder + "\",\"from\":\"2011-01-01\",\"to\":\"2012-12-31\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("cannot overlap");
    }

    @Test
    void votesFromANonMemberAnObserverOrAMemberInArrearsAreRefused() throws Exception {
        String resolution = "/api/v1/governance/resolutions/" + resolution("116/2") + "/votes";
        assertThat(post(resolution, "{\"country\":\"AQ\",\"choice\":\"YES\"}").body())
                .contains("was not a member state");
        assertThat(post(resolution, "{\"country\":\"SA\",\"choice\":\"YES\"}").body())
                .contains("observers cannot vote");
        var arrears = post(resolution, "{\"country\":\"SO\",\"choice\":\"NO\"}");
        assertThat(arrears.statusCode()).isEqualTo(400);
        assertThat(arrears.body()).contains("had no right to vote");
        var accepted = post(resolution, "{\"country\":\"DE\",\"choice\":\"ABSTAIN\"}");
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("\"mayVote\":true");
    }

    @Test
    void aPaymentInAnUnknownCurrencyIsRefusedAndOneInEurosIsRecorded() throws Exception {
        var refused = post(
                "/api/v1/governance/payments",
                "{\"country\":\"SO\",\"receivedOn\":\"2025-03-01\",\"amount\":\"100.00\",\"currency\":\"XYZ\",\"credited\":\"90.00\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("XYZ is not an ISO 4217 currency");
        var recorded = post(
                "/api/v1/governance/payments",
                "{\"country\":\"SO\",\"receivedOn\":\"2025-03-01\",\"amount\":\"107.00\",\"currency\":\"EUR\",\"credited\":\"100.00\"}");
        assertThat(recorded.statusCode()).isEqualTo(201);
        assertThat(get("/api/v1/governance/statements/SO").body()).contains("\"year\":2025");
    }

    @Test
    void aSessionOutsideItsOrgansExistenceIsRefused() throws Exception {
        String body = "{\"organId\":\"" + organ("EXCOM") + "\",\"number\":140,\"special\":false,"
                + "\"startsOn\":\"2020-06-01\",\"endsOn\":\"2020-06-02\",\"venue\":\"Geneva\"}";
        var response = post("/api/v1/governance/sessions", body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("a session must fall within that time");
    }

    @Test
    void anOrgansCompositionFollowsTheReformOf2013() throws Exception {
        assertThat(get("/api/v1/governance/organs/" + organ("EXCOM") + "/composition?asOf=2012-06-01")
                        .body())
                .matches(".*\"countries\":\\[(\"[A-Z]{2}\",?){9}].*");
        assertThat(get("/api/v1/governance/organs/" + organ("EXCOM") + "/composition?asOf=2015-06-01")
                        .body())
                .contains("\"countries\":[]");
        assertThat(get("/api/v1/governance/organs/" + organ("SCPF") + "/composition?asOf=2015-06-01")
                        .body())
                .contains("\"DE\"");
    }

    @Test
    void adoptingNextYearsBudgetInvoicesEveryMemberOnceAndOnlyOnce() throws Exception {
        int year = LocalDate.now().getYear() + 1;
        String body = "{\"year\":" + year
                + ",\"administrative\":\"65000000.00\",\"approvedBy\":\"Council resolution 117/1\"}";
        var adopted = post("/api/v1/governance/budgets", body);
        assertThat(adopted.statusCode()).isEqualTo(201);
        long invoiced = jdbc.sql("select count(*) from governance.assessment where year = :y")
                .param("y", year)
                .query(Long.class)
                .single();
        String total = jdbc.sql(
                        "select sum(amount)::text || '/' || sum(percentage)::text from governance.assessment where year = :y")
                .param("y", year)
                .query(String.class)
                .single();
        assertThat(invoiced)
                .isEqualTo(members.on(LocalDate.of(year, 1, 1)).stream()
                        .filter(m -> m.status() == MembershipStatus.MEMBER)
                        .count());
        assertThat(total).isEqualTo("65000000.00/100.00000");
        assertThat(post("/api/v1/governance/budgets", body).body()).contains("already exists");
    }

    @Test
    void aDirectorGeneralOverlappingTheOneInOfficeIsRefused() throws Exception {
        var refused = post(
                "/api/v1/governance/heads",
                "{\"post\":\"DIRECTOR_GENERAL\",\"name\":\"Hypothetical Successor\",\"from\":\"2027-01-01\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Park Soo-ah holds this post");
    }

    @Test
    void aVoluntaryContributionInAnUnknownCurrencyIsRefusedAndOneInDollarsCounts() throws Exception {
        String path = "/api/v1/governance/budget/2025/voluntary";
        assertThat(post(
                                path,
                                "{\"donor\":\"NO\",\"programme\":\"Resettlement\",\"amount\":\"100\",\"currency\":\"QQQ\"}")
                        .body())
                .contains("QQQ is not an ISO 4217 currency");
        var recorded = post(
                path,
                "{\"donor\":\"NO\",\"programme\":\"Resettlement\",\"amount\":\"2500000.00\",\"currency\":\"USD\"}");
        assertThat(recorded.statusCode()).isEqualTo(201);
        assertThat(get("/api/v1/governance/budget/2025").body()).contains("\"amount\":2500000.00");
    }

    @Test
    void admittingAStateThatIsAlreadyAMemberIsRefusedNamingItsStatus() throws Exception {
        var refused = post(
                "/api/v1/governance/memberships", "{\"country\":\"DE\",\"status\":\"MEMBER\",\"from\":\"2020-01-01\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("already has a status (since 1951-12-05, Member)");
    }

    @Test
    void anObserverAdmittedAsAMemberStopsBeingAnObserverThatDay() throws Exception {
        var admitted = post(
                "/api/v1/governance/memberships", "{\"country\":\"SM\",\"status\":\"MEMBER\",\"from\":\"2026-01-01\"}");
        assertThat(admitted.statusCode()).isEqualTo(201);
        assertThat(members.state("SM", LocalDate.of(2025, 12, 31)).orElseThrow().status())
                .isEqualTo(MembershipStatus.OBSERVER);
        assertThat(members.isMember("SM", LocalDate.of(2026, 1, 1))).isTrue();
    }

    @Test
    void observerOrganisationsAreThoseOfTheDay() throws Exception {
        assertThat(get("/api/v1/governance/observer-organisations?asOf=1980-01-01")
                        .body())
                .contains("Seafarers and Travellers Aid")
                .doesNotContain("Refugee Legal Aid Alliance");
    }

    @Test
    void anOrganCreatedAndDissolvedRefusesASessionAfterItsLastDay() throws Exception {
        var created = post(
                "/api/v1/governance/organs",
                "{\"code\":\"TF-RETURN\",\"kind\":\"SUBCOMMITTEE\",\"name\":\"Task Force on Return\","
                        + "\"seats\":5,\"from\":\"2020-01-01\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        UUID id = organ("TF-RETURN");
        assertThat(post("/api/v1/governance/sessions", session(id, 1, "2021-03-01"))
                        .statusCode())
                .isEqualTo(201);
        String dissolution = "/api/v1/governance/organs/" + id + "/dissolution";
        assertThat(post(dissolution, "{\"lastDay\":\"2021-01-31\"}").body())
                .contains("has a session or an elected term until 2021-03-02");
        assertThat(post(dissolution, "{\"lastDay\":\"2022-12-31\"}").statusCode())
                .isEqualTo(200);
        var late = post("/api/v1/governance/sessions", session(id, 2, "2023-06-01"));
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("a session must fall within that time");
        assertThat(post(dissolution, "{\"lastDay\":\"2024-12-31\"}").body())
                .contains("already dissolved; its last day was 2022-12-31");
    }

    @Test
    void anOrganWithATakenCodeOrEndingBeforeItBeginsIsRefused() throws Exception {
        var refused = post(
                "/api/v1/governance/organs",
                "{\"code\":\"EXCOM\",\"kind\":\"EXECUTIVE\",\"name\":\"Second Executive\","
                        + "\"from\":\"2020-01-01\",\"to\":\"2019-12-31\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("Another organ already has the code EXCOM")
                .contains("ends before it begins");
    }

    @Test
    void anObserverOrganisationIsRegisteredOnceAtATimeAndItsStatusEnds() throws Exception {
        String path = "/api/v1/governance/observer-organisations";
        var registered = post(
                path, "{\"name\":\"Mobility Research Network\",\"kind\":\"NON_GOVERNMENTAL\",\"from\":\"2020-01-01\"}");
        assertThat(registered.statusCode()).isEqualTo(201);
        assertThat(post(
                                path,
                                "{\"name\":\"mobility research network \",\"kind\":\"NON_GOVERNMENTAL\",\"from\":\"2024-01-01\"}")
                        .body())
                .contains("already has observer status from 2020-01-01");
        String end = path + "/"
                + jdbc.sql("select id from governance.observer_organisation where name = :n")
                        .param("n", "Mobility Research Network")
                        .query(UUID.class)
                        .single()
                + "/end";
        assertThat(post(end, "{\"lastDay\":\"2019-06-30\"}").body()).contains("cannot end before it began");
        assertThat(post(end, "{\"lastDay\":\"2025-06-30\"}").statusCode()).isEqualTo(200);
        assertThat(get(path + "?asOf=2025-06-30").body()).contains("Mobility Research Network");
        assertThat(get(path + "?asOf=2025-07-01").body()).doesNotContain("Mobility Research Network");
    }

    @Test
    void aNewNameEndsThePreviousOneTheDayBeforeAndAnEarlierOneIsRefused() throws Exception {
        var recorded = post(
                "/api/v1/governance/names",
                "{\"name\":\"World Organisation for Migration and Mobility\",\"acronym\":\"WOMM\",\"from\":\"2040-01-01\"}");
        assertThat(recorded.statusCode()).isEqualTo(201);
        assertThat(leadership.nameOn(LocalDate.of(2039, 12, 31)).orElseThrow().acronym())
                .isEqualTo("WOHM");
        assertThat(leadership.nameOn(LocalDate.of(2040, 1, 1)).orElseThrow().acronym())
                .isEqualTo("WOMM");
        var refused =
                post("/api/v1/governance/names", "{\"name\":\"Too Late\",\"acronym\":\"TL\",\"from\":\"2039-06-01\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("must begin after the current one");
    }

    private static String session(UUID organ, int number, String startsOn) {
        LocalDate start = LocalDate.parse(startsOn);
        return "{\"organId\":\"" + organ + "\",\"number\":" + number + ",\"special\":false,\"startsOn\":\"" + start
                + "\",\"endsOn\":\"" + start.plusDays(1) + "\",\"venue\":\"Geneva\"}";
    }

    private UUID organ(String code) {
        return jdbc.sql("select id from governance.organ where code = :c")
                .param("c", code)
                .query(UUID.class)
                .single();
    }

    private UUID resolution(String number) {
        return jdbc.sql("select id from governance.resolution where number = :n")
                .param("n", number)
                .query(UUID.class)
                .single();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(
                request(path).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .header("Authorization", "Bearer " + TOKEN);
    }
}
