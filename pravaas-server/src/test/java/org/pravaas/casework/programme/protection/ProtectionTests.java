package org.pravaas.casework.programme.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.file.CaseAccess;
import org.pravaas.casework.programme.ProgrammeFixtures;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.StaleUpdateException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Protection: data reached only through the engine’s restricted read, HTCDS identification, risk and the guards. */
@PravaasTest
class ProtectionTests {
    @Autowired
    ProtectionService protection;

    @Autowired
    CaseAccess access;

    @Autowired
    ProgrammeFixtures cases;

    @Autowired
    BatchIdentity identity;

    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void protectionDataIsNeitherReadNorWrittenWithoutADesignationOrAStatedReason() throws Exception {
        CaseId c = cases.open("protection", "identification");
        identity.actAs("admin"); // an administrator, in scope, but no protection officer
        assertThatThrownBy(() -> protection.overview(c)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> protection.identify(c, identification())).isInstanceOf(AccessDeniedException.class);

        HttpResponse<String> api = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/api/v1/cases/" + c + "/protection"))
                                .header("Authorization", "Bearer pravaas-demo-admin-token")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).doesNotContain("exploitation");

        access.stateReason(c, "Follow-up of the shelter referral");
        protection.identify(c, identification());
        identity.actAs("caseworker"); // the demo designates the caseworker a protection officer
        assertThat(protection.overview(c).identification()).isPresent();
        identity.actAs("admin");
        assertThat(protection.overview(c).identification()).hasValueSatisfying(i -> {
            assertThat(i.exploitation()).containsExactly(Htcds.Exploitation.FORCED_LABOUR);
            assertThat(i.transitCountries()).containsExactly("TR", "GR");
            assertThat(i.originCountry()).isEqualTo("SY");
        });
    }

    @Test
    void theCaseLeavesIdentificationAndRiskAssessmentOnlyOnceRecorded() {
        CaseId c = openedWithReason("identification");
        Map<String, String> date = Map.of("identification_date", LocalDate.now().toString());
        assertThatThrownBy(() -> cases.move(c, "risk_assessment", date))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(ProgrammeFixtures.keys((RuleViolation) e))
                        .contains("protection.guard.identification"));
        protection.identify(c, identification());
        cases.move(c, "risk_assessment", date);

        Map<String, String> level = Map.of("risk_level", "HIGH");
        assertThatThrownBy(() -> cases.move(c, "assistance", level))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e ->
                        assertThat(ProgrammeFixtures.keys((RuleViolation) e)).contains("protection.guard.risk"));
        protection.assess(c, risk(Risk.Level.HIGH));
        cases.move(c, "assistance", level);
        assertThat(cases.stageOf(c)).isEqualTo("assistance");
    }

    @Test
    void anIdentificationNamesEachFieldItRefuses() {
        CaseId c = openedWithReason("identification");
        IdentificationForm wrong = new IdentificationForm(
                List.of(),
                null,
                null,
                null,
                "XX",
                "TR, Atlantis",
                null,
                LocalDate.now().minusYears(1),
                LocalDate.now().minusMonths(2),
                LocalDate.now().minusMonths(3),
                LocalDate.now().plusDays(1),
                " ",
                0);
        assertThatThrownBy(() -> protection.identify(c, wrong))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).violations())
                        .extracting(v -> v.field() + ":" + v.messageKey())
                        .containsExactlyInAnyOrder(
                                "exploitation:protection.identification.exploitation",
                                "originCountry:programme.country-unknown",
                                "transitCountries:programme.country-unknown",
                                "identifiedBy:programme.required",
                                "identifiedOn:programme.date-in-future",
                                "exitedOn:programme.date-before"));
        assertThat(protection.overview(c).identification()).isEmpty();
    }

    @Test
    void theOverallRiskIsNoLowerThanTheHighestDomainAndIsReviewedLater() {
        CaseId c = openedWithReason("risk_assessment");
        assertThatThrownBy(() -> protection.assess(c, risk(Risk.Level.MEDIUM)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(ProgrammeFixtures.keys((RuleViolation) e))
                        .containsExactly("protection.risk.overall-below"));
        RiskForm sameDay = new RiskForm(
                Risk.Level.LOW,
                Risk.Level.LOW,
                Risk.Level.LOW,
                Risk.Level.LOW,
                Risk.Level.LOW,
                LocalDate.now(),
                LocalDate.now());
        assertThatThrownBy(() -> protection.assess(c, sameDay))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(ProgrammeFixtures.keys((RuleViolation) e))
                        .containsExactly("protection.risk.review"));
        assertThat(protection.overview(c).risks()).isEmpty();
    }

    @Test
    void aServiceReferralFollowsItsStatusAndAStaleChangeIsRefused() {
        CaseId c = openedWithReason("referral_to_services");
        var s = protection.refer(c, ServiceReferral.Service.SHELTER, "Safe House Beirut", LocalDate.now());
        protection.updateService(c, s.id(), ServiceReferral.Status.ACCEPTED, 0);
        assertThat(protection.overview(c).services()).singleElement().satisfies(x -> assertThat(x.status())
                .isEqualTo(ServiceReferral.Status.ACCEPTED));
        assertThatThrownBy(() -> protection.updateService(c, s.id(), ServiceReferral.Status.COMPLETED, 0))
                .isInstanceOf(StaleUpdateException.class);
    }

    /** A case the administrator opened and stated a reason for, so the restriction is not what a test tests. */
    private CaseId openedWithReason(String stage) {
        CaseId c = cases.open("protection", stage);
        access.stateReason(c, "Protection test as the case officer");
        return c;
    }

    private static IdentificationForm identification() {
        return new IdentificationForm(
                List.of(Htcds.Exploitation.FORCED_LABOUR),
                List.of(Htcds.Control.WITHHELD_DOCUMENTS, Htcds.Control.DEBT_BONDAGE),
                Htcds.Relationship.AGENCY,
                List.of(Htcds.Recruitment.JOB_OFFER),
                "sy",
                "TR, gr",
                "LB",
                LocalDate.now().minusYears(2),
                LocalDate.now().minusYears(2).plusMonths(1),
                LocalDate.now().minusMonths(1),
                LocalDate.now().minusDays(3),
                "Beirut outreach team",
                0);
    }

    private static RiskForm risk(Risk.Level overall) {
        return new RiskForm(
                Risk.Level.MEDIUM,
                Risk.Level.HIGH,
                Risk.Level.LOW,
                Risk.Level.LOW,
                overall,
                LocalDate.now(),
                LocalDate.now().plusWeeks(2));
    }
}
