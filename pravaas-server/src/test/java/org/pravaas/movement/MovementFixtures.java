package org.pravaas.movement;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pravaas.health.Fitness;
import org.pravaas.health.assessment.AssessmentForm;
import org.pravaas.health.assessment.AssessmentService;
import org.pravaas.health.assessment.Findings;
import org.pravaas.health.clearance.ClearanceService;
import org.pravaas.movement.demo.MovementPeople;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.registry.PersonSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Travellers for the tests: registered in Cox’s Bazar through the registry import, each test with
 * its own document prefix, and declared fit by the demo health officer through health's services.
 */
@Component
class MovementFixtures {
    private final MovementPeople people;
    private final AssessmentService assessments;
    private final ClearanceService clearances;
    private final BatchIdentity identity;
    private final JdbcClient jdbc;

    MovementFixtures(
            MovementPeople people,
            AssessmentService assessments,
            ClearanceService clearances,
            BatchIdentity identity,
            JdbcClient jdbc) {
        this.people = people;
        this.assessments = assessments;
        this.clearances = clearances;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    /** {@code n} people, each fit to travel (as movement heard it), with the admin signed in. */
    List<PersonSummary> fitTravellers(String prefix, int n) throws Exception {
        List<PersonSummary> list = people.register("BD-CXB", prefix, n);
        identity.actAs("health");
        for (PersonSummary p : list) {
            UUID a = assessments.schedule(
                    p.id(), UUID.fromString("01900000-0000-7000-8000-000000000001"), LocalDate.now(), "Test clinic");
            assessments.save(a, 0, cleared());
            clearances.decide(a, Fitness.FIT, null);
        }
        for (PersonSummary p : list) {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> jdbc.sql("select count(*) from movement.fitness where person_id = :p")
                                    .param("p", p.id().value())
                                    .query(Long.class)
                                    .single()
                            == 1);
        }
        identity.actAs("admin");
        return list;
    }

    static AssessmentForm cleared() {
        LocalDate today = LocalDate.now();
        return new AssessmentForm(
                "Dr. Test",
                today,
                null,
                null,
                new BigDecimal("36.9"),
                80,
                120,
                80,
                16,
                98,
                new BigDecimal("70"),
                new BigDecimal("170"),
                today,
                Findings.Xray.NORMAL,
                null,
                null,
                null,
                null,
                null,
                null,
                Findings.TbClass.NO_TB,
                null,
                null,
                null);
    }
}
