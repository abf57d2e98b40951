package org.pravaas.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.health.access.ClinicalAccess;
import org.pravaas.health.access.GlassReport;
import org.pravaas.health.assessment.AssessmentForm;
import org.pravaas.health.assessment.AssessmentService;
import org.pravaas.health.assessment.Findings;
import org.pravaas.health.clearance.ClearanceService;
import org.pravaas.health.clearance.HoldService;
import org.pravaas.health.profile.ProfileCommand;
import org.pravaas.health.profile.ProfileService;
import org.pravaas.health.record.HealthRecords;
import org.pravaas.health.tb.TreatmentService;
import org.pravaas.health.vaccination.VaccinationCommand;
import org.pravaas.health.vaccination.VaccinationService;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.registry.PersonSummary;
import org.pravaas.registry.person.PersonDirectory;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.StaleUpdateException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The health module on the embedded PostgreSQL: rules, holds and decisions, access, versions. */
@PravaasTest
@RecordApplicationEvents
class HealthTests {
    @Autowired
    AssessmentService assessments;

    @Autowired
    ClearanceService clearances;

    @Autowired
    HoldService holds;

    @Autowired
    VaccinationService vaccinations;

    @Autowired
    TreatmentService treatments;

    @Autowired
    ProfileService profiles;

    @Autowired
    ClinicalAccess clinical;

    @Autowired
    GlassReport report;

    @Autowired
    HealthRecords records;

    @Autowired
    Health health;

    @Autowired
    BatchIdentity identity;

    @Autowired
    PersonDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private PersonSummary person(int n) {
        return HealthFixtures.person(identity, directory, n);
    }

    static AssessmentForm examined(BigDecimal temperature, BigDecimal weight) {
        LocalDate today = LocalDate.now();
        return new AssessmentForm(
                "Dr. Test",
                today,
                null,
                null,
                temperature,
                80,
                120,
                80,
                16,
                98,
                weight,
                new BigDecimal("170"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
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

    @Test
    void refusesImpossibleVitalSignsWithEachFieldAndSavesNothing() {
        PersonSummary p = person(40);
        UUID a = assessments.schedule(p.id(), HealthFixtures.usProfile(), LocalDate.now(), "Test clinic");
        assertThatThrownBy(() -> assessments.save(a, 0, examined(new BigDecimal("60"), new BigDecimal("-3"))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation.Violation::field, RuleViolation.Violation::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("temperatureC", "health.vital.out-of-range"),
                                org.assertj.core.groups.Tuple.tuple("weightKg", "health.vital.out-of-range")));
        var stored = assessments.view(a).assessment();
        assertThat(stored.version()).isZero();
        assertThat(stored.findings().temperatureC()).isNull();
        assertThat(stored.findings().physician()).isNull();
    }

    @Test
    void refusesASputumResultDatedBeforeItsSample() {
        PersonSummary p = person(41);
        UUID a = assessments.schedule(p.id(), HealthFixtures.usProfile(), LocalDate.now(), "Test clinic");
        LocalDate sampled = LocalDate.now().minusDays(3);
        var form = new AssessmentForm(
                "Dr. Test",
                LocalDate.now(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                sampled,
                Findings.Smear.NEGATIVE,
                sampled.minusDays(1),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> assessments.save(a, 0, form))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation.Violation::messageKey)
                        .containsExactly("health.result.before-sample"));
        assertThatThrownBy(() -> assessments.addLab(
                        a,
                        new org.pravaas.health.assessment.LabResultCommand(
                                "HIV", sampled, sampled.minusDays(2), "negative")))
                .isInstanceOf(RuleViolation.class);
        assertThat(assessments.view(a).labs()).isEmpty();
    }

    @Test
    void refusesADoseGivenBeforeBirth() {
        PersonSummary p = person(42);
        LocalDate birth = LocalDate.parse(p.birthDate());
        assertThatThrownBy(
                        () -> vaccinations.record(p.id(), new VaccinationCommand("MMR", "LOT-1", birth.minusDays(1))))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("health.dose.before-birth"));
        vaccinations.record(p.id(), new VaccinationCommand("mmr", "LOT-1", birth.plusYears(1)));
        assertThat(vaccinations.ofPerson(p.id().value()))
                .extracting(v -> v.vaccine())
                .containsExactly("MMR");
    }

    @Test
    void refusesFitWhileOnHoldOrMissingResultsThenIssuesItWithTheProfilesValidityAndAnEvent() {
        PersonSummary p = person(43);
        UUID a = assessments.schedule(p.id(), HealthFixtures.usProfile(), LocalDate.now(), "Test clinic");
        assessments.save(a, 0, examined(new BigDecimal("37.0"), new BigDecimal("70")));
        assertThatThrownBy(() -> clearances.decide(a, Fitness.FIT, null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation.Violation::messageKey)
                        .contains("health.fit.xray-missing", "health.fit.tb-class-missing"));

        var hold = holds.place(p.id(), "Fever under investigation");
        assertThat(health.travelStatus(p.id(), LocalDate.now()).kind()).isEqualTo(TravelStatus.Kind.ON_HOLD);
        assessments.save(a, 1, cleared());
        assertThatThrownBy(() -> clearances.decide(a, Fitness.FIT, null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation.Violation::messageKey)
                        .containsExactly("health.fit.on-hold"));
        assertThat(clearances.decisionsOf(p.id().value())).isEmpty();

        holds.lift(hold.id(), "Fever resolved, malaria test negative");
        var decision = clearances.decide(a, Fitness.FIT, null);
        assertThat(Duration.between(decision.decidedAt(), decision.validUntil()))
                .isEqualTo(Duration.ofHours(72));
        TravelStatus status = health.travelStatus(p.id(), LocalDate.now());
        assertThat(status.kind()).isEqualTo(TravelStatus.Kind.FIT);
        assertThat(status.validUntil()).isEqualTo(decision.validUntil());
        assertThat(health.travelStatus(p.id(), LocalDate.now().plusDays(5)).kind())
                .isEqualTo(TravelStatus.Kind.NONE);
        assertThat(events.stream(HealthHoldPlaced.class).filter(e -> e.person().equals(p.id())))
                .hasSize(1);
        assertThat(events.stream(HealthHoldLifted.class).filter(e -> e.person().equals(p.id())))
                .hasSize(1);
        assertThat(events.stream(FitToTravelIssued.class).filter(e -> e.person().equals(p.id())))
                .singleElement()
                .satisfies(e -> assertThat(e.validUntil()).isEqualTo(decision.validUntil()));
    }

    @Test
    void aSecondSaveFromAStaleFormIsRefusedNotLost() {
        PersonSummary p = person(44);
        UUID a = assessments.schedule(p.id(), HealthFixtures.usProfile(), LocalDate.now(), "Test clinic");
        assessments.save(a, 0, examined(new BigDecimal("37.1"), new BigDecimal("70")));
        assertThatThrownBy(() -> assessments.save(a, 0, examined(new BigDecimal("38.0"), new BigDecimal("71"))))
                .isInstanceOf(StaleUpdateException.class);
        assertThat(assessments.view(a).assessment().findings().temperatureC()).isEqualByComparingTo("37.1");
    }

    @Test
    void othersSeeOnlyTheStatusUntilTheyBreakTheGlassWithAReasonWhichTheLeadSees() {
        PersonSummary p = person(45);
        UUID a = assessments.schedule(p.id(), HealthFixtures.usProfile(), LocalDate.now(), "Test clinic");
        identity.actAs("admin");
        var record = records.of(p.id());
        assertThat(record.clinical()).isNull();
        assertThat(record.visibility().mayBreakGlass()).isTrue();
        assertThatThrownBy(() -> assessments.view(a)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clinical.breakGlass(p.id().value(), p.officeId(), "need"))
                .isInstanceOf(RuleViolation.class);
        clinical.breakGlass(p.id().value(), p.officeId(), "Escort asked about medication on the flight");
        assertThat(records.of(p.id()).clinical()).isNotNull();
        assertThat(assessments.view(a).assessment().id()).isEqualTo(a);
        assertThat(jdbc.sql("select count(*) from audit.entry where action = 'health.clinical.read' and reason like"
                                + " 'break-glass %Escort asked%'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);

        identity.actAs("viewer");
        assertThatThrownBy(() -> records.of(p.id())).isInstanceOf(RuntimeException.class);

        identity.actAs("health");
        assertThat(report.forLead(org.pravaas.shared.PageRequest.first(200)).items())
                .anySatisfy(g -> assertThat(g.reason()).isEqualTo("Escort asked about medication on the flight"));
    }

    @Test
    void aProfileChangeIsANewVersionAndOldAssessmentsKeepTheirs() {
        PersonSummary p = person(46);
        UUID a = assessments.schedule(p.id(), HealthFixtures.usProfile(), LocalDate.now(), "Test clinic");
        UUID v2 = profiles.save(new ProfileCommand(
                "US-RST", "United States resettlement", "US", 11, true, 48, "MMR; 12; ; 2\nVARICELLA; 12; ; 2"));
        assertThat(profiles.versions("US-RST").get(0).version()).isGreaterThanOrEqualTo(2);
        assertThat(profiles.get(v2).fitValidHours()).isEqualTo(48);
        var view = assessments.view(a);
        assertThat(view.profile().id()).isEqualTo(HealthFixtures.usProfile());
        assertThat(view.profile().version()).isEqualTo(1);
        assertThatThrownBy(() -> profiles.save(new ProfileCommand("US-RST", "x", "US", 11, true, 48, "MMR; twelve")))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("vaccines"));
    }

    @Test
    void treatmentLogCountsObservedAndMissedDosesWithinTheCourse() {
        PersonSummary p = person(47);
        UUID t = treatments.start(p.id(), "2HRZE/4HR", LocalDate.now().minusDays(5));
        treatments.logDose(t, LocalDate.now().minusDays(4), true);
        treatments.logDose(t, LocalDate.now().minusDays(3), false);
        treatments.logDose(t, LocalDate.now().minusDays(2), true);
        assertThatThrownBy(() -> treatments.logDose(t, LocalDate.now().minusDays(9), true))
                .isInstanceOf(RuleViolation.class);
        var course = treatments.view(t);
        assertThat(course.observed()).isEqualTo(2);
        assertThat(course.missed()).isEqualTo(1);
        assertThat(course.adherencePercent()).isEqualTo(67);
    }

    @Test
    void aHoldOnAMergedRecordStopsTheSurvivorUntilTheMergeIsUndone() {
        PersonSummary survivor = person(48);
        PersonSummary merged = person(49);
        holds.place(merged.id(), "Measles contact: quarantine until day 21");
        assertThat(health.travelStatus(survivor.id(), LocalDate.now()).kind()).isEqualTo(TravelStatus.Kind.NONE);
        UUID merge = UUID.randomUUID();
        tx.executeWithoutResult(
                s -> publisher.publishEvent(new org.pravaas.registry.PersonsMerged(merge, survivor.id(), merged.id())));
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> health.travelStatus(survivor.id(), LocalDate.now()).kind() == TravelStatus.Kind.ON_HOLD);
        tx.executeWithoutResult(s ->
                publisher.publishEvent(new org.pravaas.registry.PersonUnmerged(merge, survivor.id(), merged.id())));
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> health.travelStatus(survivor.id(), LocalDate.now()).kind() == TravelStatus.Kind.NONE);
    }

    @Test
    void theDemoShowsTodaysWorklistAHeldTravellerAndTheLeadsReport() {
        identity.actAs("health");
        assertThat(jdbc.sql("select count(*) from health.assessment where scheduled_on = current_date")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(20);
        assertThat(jdbc.sql("select count(*) from health.hold where lifted_at is null")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
        assertThat(report.isLead()).isTrue();
        assertThat(List.of(profiles.current().size())).containsExactly(4);
    }
}
