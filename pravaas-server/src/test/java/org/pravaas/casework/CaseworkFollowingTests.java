package org.pravaas.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.casework.file.Timeline;
import org.pravaas.casework.programme.resettlement.QuotaLine;
import org.pravaas.casework.programme.resettlement.ResettlementService;
import org.pravaas.casework.programme.resettlement.Submission;
import org.pravaas.health.HealthHoldLifted;
import org.pravaas.health.HealthHoldPlaced;
import org.pravaas.health.HoldId;
import org.pravaas.movement.MovementCompleted;
import org.pravaas.movement.MovementId;
import org.pravaas.movement.MovementRequest;
import org.pravaas.movement.TravellerNoShow;
import org.pravaas.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** Casework's events followed by health and movement, and theirs followed back into the case. */
@PravaasTest
class CaseworkFollowingTests {
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** What resettlement's pre-departure needs besides health: orientation and travel documents. */
    private static final Map<String, String> PRE_DEPARTURE_DONE =
            Map.of("orientation_date", "2026-11-05", "travel_documents_date", "2026-11-06");

    @Autowired
    CaseworkFixtures fixtures;

    @Autowired
    Cases cases;

    @Autowired
    Timeline timeline;

    @Autowired
    ResettlementService resettlement;

    @Autowired
    org.pravaas.movement.Movements movements;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /**
     * A resettlement case moved to pre-departure: approved by the administrator on the way,
     * submitted to Canada within a quota with room for it, and accepted.
     */
    private CaseSummary atPreDeparture() throws Exception {
        CaseSummary c = fixtures.open("resettlement");
        c = fixtures.move(c, "interview", Map.of("referral_source", "UNHCR"));
        fixtures.move(c, "submission", Map.of("interview_date", "2026-10-01"));
        fixtures.approveAsAdmin(c);
        LocalDate today = LocalDate.now();
        fixtures.actAs("admin");
        Optional<QuotaLine> canada = resettlement.quotas(today.getYear()).stream()
                .filter(l -> l.country().equals("CA"))
                .findFirst();
        resettlement.setQuota(
                "CA",
                today.getYear(),
                canada.map(QuotaLine::quota).orElse(0) + 10,
                canada.map(QuotaLine::version).orElse(0L));
        fixtures.actAs("caseworker");
        resettlement.submit(c.id(), "CA", today);
        c = fixtures.move(cases.read(c.id()), "decision", Map.of("submission_country", "CA"));
        resettlement.decide(
                c.id(),
                Submission.Decision.ACCEPTED,
                today,
                resettlement.submission(c.id()).orElseThrow().version());
        return fixtures.move(c, "pre_departure", Map.of("decision_outcome", "ACCEPTED"));
    }

    @Test
    void enteringPreDeparturePutsEachPersonOnTheHealthWorklist() throws Exception {
        CaseSummary c = atPreDeparture();
        await().atMost(WAIT).until(() -> count("select count(*) from health.case_request where case_id = :c", c) == 1);
        assertThat(count(
                        """
                select count(*) from health.assessment a join health.case_request r on r.assessment_id = a.id
                where r.case_id = :c and a.status = 'SCHEDULED' and a.clinic = r.reference
                """,
                        c))
                .isEqualTo(1);
    }

    @Test
    void readyForMovementOpensAMovementRequestAndItsCompletionMovesTheCaseToArrived() throws Exception {
        CaseSummary atPreDeparture = atPreDeparture();
        assertThatThrownBy(() -> fixtures.move(atPreDeparture, "ready_for_movement", Map.of()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("casework.transition.field-required");
        CaseSummary c = fixtures.move(atPreDeparture, "ready_for_movement", PRE_DEPARTURE_DONE);
        await().atMost(WAIT)
                .until(() -> count("select count(*) from movement.request where case_reference = :r", c) == 1);
        UUID request = jdbc.sql("select id from movement.request where case_reference = :r")
                .param("r", c.reference())
                .query(UUID.class)
                .single();
        publish(new TravellerNoShow(new MovementId(request), c.person(), c.officeId(), "ill", Instant.now()));
        publish(new MovementCompleted(
                new MovementId(request),
                c.officeId(),
                "resettlement",
                List.of(c.person()),
                Instant.now(),
                c.reference()));
        await().atMost(WAIT).until(() -> stage(c).equals("arrived"));
        assertThat(timeline.of(c.id().value(), 50))
                .extracting(Timeline.Line::messageKey)
                .contains("casework.timeline.no-show", "casework.timeline.moved");
    }

    @Test
    void onlyTheRequestOpenedForTheCaseWithSomeoneArrivedMovesItOn() throws Exception {
        CaseSummary c = fixtures.move(atPreDeparture(), "ready_for_movement", PRE_DEPARTURE_DONE);
        await().atMost(WAIT)
                .until(() -> count("select count(*) from movement.request where case_reference = :r", c) == 1);
        UUID opened = jdbc.sql("select id from movement.request where case_reference = :r")
                .param("r", c.reference())
                .query(UUID.class)
                .single();
        fixtures.actAs("admin");
        UUID typed = movements
                .request(new MovementRequest(
                        c.officeId(),
                        List.of(c.person()),
                        List.of(),
                        null,
                        "Escort",
                        "resettlement",
                        72,
                        c.reference()))
                .value();
        publish(new MovementCompleted(
                new MovementId(typed),
                c.officeId(),
                "resettlement",
                List.of(c.person()),
                Instant.now(),
                c.reference()));
        publish(new MovementCompleted(
                new MovementId(opened), c.officeId(), "resettlement", List.of(), Instant.now(), c.reference()));
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> stage(c).equals("ready_for_movement"));
        publish(new MovementCompleted(
                new MovementId(opened),
                c.officeId(),
                "resettlement",
                List.of(c.person()),
                Instant.now(),
                c.reference()));
        await().atMost(WAIT).until(() -> stage(c).equals("arrived"));
    }

    @Test
    void anAvrrCaseEnteringReturnTravelGetsAMovementAndItsCompletionStartsTheReintegrationPlan() throws Exception {
        CaseSummary c = fixtures.move(fixtures.open("avrr"), "eligibility", Map.of("country_of_return", "IQ"));
        fixtures.move(c, "return_travel", Map.of("eligible", "true"));
        fixtures.approveAsAdmin(c);
        assertThat(stage(c)).isEqualTo("return_travel");
        await().atMost(WAIT)
                .until(() -> count("select count(*) from movement.request where case_reference = :r", c) == 1);
        UUID request = jdbc.sql("select id from movement.request where case_reference = :r")
                .param("r", c.reference())
                .query(UUID.class)
                .single();
        publish(new MovementCompleted(
                new MovementId(request), c.officeId(), "avrr", List.of(c.person()), Instant.now(), c.reference()));
        await().atMost(WAIT).until(() -> stage(c).equals("reintegration_plan"));
    }

    @Test
    void aHealthHoldShowsOnTheCaseAndBlocksReadyForMovementUntilLifted() throws Exception {
        CaseSummary c = atPreDeparture();
        HoldId hold = new HoldId(UUID.randomUUID());
        publish(new HealthHoldPlaced(hold, c.person(), c.officeId(), Instant.now()));
        await().atMost(WAIT).until(() -> timeline.of(c.id().value(), 50).stream()
                .anyMatch(l -> l.messageKey().equals("casework.timeline.hold-placed")));
        fixtures.actAs("caseworker");
        assertThatThrownBy(() -> fixtures.move(c, "ready_for_movement", PRE_DEPARTURE_DONE))
                .hasMessageContaining("casework.transition.health-hold");
        publish(new HealthHoldLifted(hold, c.person(), c.officeId(), Instant.now()));
        await().atMost(WAIT).until(() -> timeline.of(c.id().value(), 50).stream()
                .anyMatch(l -> l.messageKey().equals("casework.timeline.hold-lifted")));
        fixtures.actAs("caseworker");
        assertThat(fixtures.move(c, "ready_for_movement", PRE_DEPARTURE_DONE).stage())
                .isEqualTo("ready_for_movement");
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(s -> events.publishEvent(event));
    }

    private String stage(CaseSummary c) {
        return jdbc.sql("select stage from casework.case_file where id = :id")
                .param("id", c.id().value())
                .query(String.class)
                .single();
    }

    private long count(String sql, CaseSummary c) {
        var spec = jdbc.sql(sql);
        spec = sql.contains(":c") ? spec.param("c", c.id().value()) : spec.param("r", c.reference());
        return spec.query(Long.class).single();
    }
}
