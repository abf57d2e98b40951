package org.pravaas.casework.programme.resettlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.programme.ProgrammeFixtures;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.StaleUpdateException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Quotas that refuse a submission beyond them, and the stage guards of resettlement. */
@PravaasTest
class ResettlementTests {
    private static final int YEAR = LocalDate.now().getYear();

    @Autowired
    ResettlementService service;

    @Autowired
    ProgrammeFixtures cases;

    @Autowired
    BatchIdentity identity;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSubmissionBeyondTheRemainingQuotaIsRefusedAndARefusalFreesItsPlace() {
        CaseId first = cases.open("resettlement", "submission");
        CaseId second = cases.open("resettlement", "submission");
        service.setQuota("NZ", YEAR, 1, 0);
        service.submit(first, "nz", LocalDate.now());

        assertThatThrownBy(() -> service.submit(second, "NZ", LocalDate.now()))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).violations())
                        .singleElement()
                        .satisfies(v -> {
                            assertThat(v.field()).isEqualTo("persons");
                            assertThat(v.messageKey()).isEqualTo("resettlement.quota.exceeded");
                            assertThat(v.args()).containsExactly("NZ", String.valueOf(YEAR), 1, 0);
                        }));
        assertThat(service.submission(second)).isEmpty();
        assertThat(line("NZ").remaining()).isZero();

        long version = service.submission(first).orElseThrow().version();
        service.decide(first, Submission.Decision.NOT_ACCEPTED, LocalDate.now(), version);
        service.submit(second, "NZ", LocalDate.now());
        assertThat(line("NZ").submitted()).isEqualTo(1);
    }

    @Test
    void aWithdrawnCaseGivesItsPlaceBack() {
        CaseId first = cases.open("resettlement", "submission");
        CaseId second = cases.open("resettlement", "submission");
        service.setQuota("DK", YEAR, 1, 0);
        service.submit(first, "DK", LocalDate.now());
        cases.move(first, "withdrawn", Map.of("exit_reason", "The family chose to stay", "submission_country", "DK"));
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> line("DK").remaining() == 1);
        service.submit(second, "DK", LocalDate.now());
        assertThat(line("DK").submitted()).isEqualTo(1);
    }

    @Test
    void aCountryWithoutAQuotaForTheYearTakesNoSubmission() {
        CaseId c = cases.open("resettlement", "submission");
        assertThatThrownBy(() -> service.submit(c, "UY", LocalDate.now()))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(ProgrammeFixtures.keys((RuleViolation) e))
                        .containsExactly("resettlement.quota.none"));
    }

    @Test
    void aHouseholdTakesAPlacePerMember() {
        CaseId household = cases.openHousehold("resettlement", "submission");
        int members = cases.members(household);
        assertThat(members).isGreaterThanOrEqualTo(2);
        service.setQuota("IS", YEAR, members - 1, 0);
        assertThatThrownBy(() -> service.submit(household, "IS", LocalDate.now()))
                .isInstanceOf(RuleViolation.class);
        service.setQuota("IS", YEAR, members, line("IS").version());
        assertThat(service.submit(household, "IS", LocalDate.now()).persons()).isEqualTo(members);
        assertThat(line("IS").remaining()).isZero();
    }

    @Test
    void theCaseLeavesSubmissionOnlySubmittedAndDecisionOnlyWithAMatchingDecision() {
        CaseId c = cases.open("resettlement", "submission");
        service.setQuota("FI", YEAR, 50, line("FI") == null ? 0 : line("FI").version());
        Map<String, String> country = Map.of("submission_country", "FI");
        assertThatThrownBy(() -> cases.move(c, "decision", country))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).violations()).anySatisfy(v -> {
                    assertThat(v.field()).isEqualTo("decision");
                    assertThat(v.messageKey()).isEqualTo("resettlement.guard.submission");
                }));
        assertThat(cases.stageOf(c)).isEqualTo("submission");

        service.submit(c, "FI", LocalDate.now());
        cases.move(c, "decision", country);
        Map<String, String> outcome = Map.of("decision_outcome", "NOT_ACCEPTED");
        assertThatThrownBy(() -> cases.move(c, "pre_departure", outcome))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e ->
                        assertThat(ProgrammeFixtures.keys((RuleViolation) e)).contains("resettlement.guard.decision"));

        long version = service.submission(c).orElseThrow().version();
        service.decide(c, Submission.Decision.NOT_ACCEPTED, LocalDate.now(), version);
        assertThatThrownBy(() -> cases.move(c, "pre_departure", outcome))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(ProgrammeFixtures.keys((RuleViolation) e))
                        .contains("resettlement.guard.decision-disagrees"));
        cases.move(
                c,
                "not_accepted",
                Map.of("exit_reason", "The country declined the submission", "decision_outcome", "NOT_ACCEPTED"));
        assertThat(cases.stageOf(c)).isEqualTo("not_accepted");
    }

    @Test
    void anArrivalIsCountedWhenTheEngineMovesTheCaseToArrived() {
        CaseId c = cases.open("resettlement", "submission");
        service.setQuota("PT", YEAR, 5, 0);
        service.submit(c, "PT", LocalDate.now());
        service.decide(c, Submission.Decision.ACCEPTED, LocalDate.now(), 0);
        cases.stage(c, "ready_for_movement");
        cases.move(c, "arrived", Map.of());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> line("PT").arrived() == 1);
        assertThat(line("PT").accepted()).isEqualTo(1);
    }

    @Test
    void onlyLeadsSetQuotasAndAStaleQuotaEditIsRefused() {
        identity.actAs("admin");
        service.setQuota("NO", YEAR, 10, 0);
        assertThatThrownBy(() -> service.setQuota("NO", YEAR, 12, 5)).isInstanceOf(StaleUpdateException.class);
        assertThat(line("NO").quota()).isEqualTo(10);
        identity.actAs("caseworker");
        assertThatThrownBy(() -> service.setQuota("NO", YEAR, 12, line("NO").version()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private QuotaLine line(String country) {
        return service.quotas(YEAR).stream()
                .filter(l -> l.country().equals(country))
                .findFirst()
                .orElse(null);
    }
}
