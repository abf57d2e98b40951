package org.pravaas.health.assessment;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.casework.CaseSignals;
import org.pravaas.casework.HealthAssessmentRequested;
import org.pravaas.health.HealthHoldLifted;
import org.pravaas.health.HealthHoldPlaced;
import org.pravaas.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows casework: a person whose case entered pre-departure is put on the health worklist (a
 * SCHEDULED assessment for today, against the destination country's newest profile, the clinic
 * named by the case reference), once per case and person. Holds are reported back to casework
 * through {@link CaseSignals} without any clinical detail; casework cannot follow health's events
 * itself, as health depends on casework's.
 */
@Component("healthCaseFollower")
class CaseFollower {
    private final Assessments assessments;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CaseSignals cases;

    CaseFollower(Assessments assessments, JdbcClient jdbc, AuditLog audit, CaseSignals cases) {
        this.assessments = assessments;
        this.jdbc = jdbc;
        this.audit = audit;
        this.cases = cases;
    }

    @ApplicationModuleListener
    void on(HealthAssessmentRequested e) {
        Optional<UUID> profile = profileFor(e.destinationCountry());
        if (profile.isEmpty()) {
            audit.record(AuditEvent.of("health.assessment.not-scheduled", "case", e.id().value(), e.officeId())
                    .withDetails("no destination profile for " + e.destinationCountry())
                    .by("system"));
            return;
        }
        UUID id = Ids.newId();
        int added = jdbc.sql(
                        """
                insert into health.case_request (case_id, person_id, assessment_id, reference, requested_at)
                values (:c, :p, :a, :r, :at) on conflict do nothing
                """)
                .param("c", e.id().value())
                .param("p", e.person().value())
                .param("a", id)
                .param("r", e.reference())
                .param("at", Timestamp.from(e.at()))
                .update();
        if (added == 0) return;
        assessments.insert(
                id,
                e.person().value(),
                e.officeId(),
                profile.get(),
                LocalDate.ofInstant(e.at(), ZoneOffset.UTC),
                e.reference(),
                "system",
                e.at());
        audit.record(AuditEvent.of("health.assessment.scheduled", "assessment", id, e.officeId())
                .withDetails("person=" + e.person() + " case=" + e.reference())
                .by("system"));
    }

    @ApplicationModuleListener
    void on(HealthHoldPlaced e) {
        cases.healthHoldPlaced(e.hold().value(), e.person(), e.placedAt());
    }

    @ApplicationModuleListener
    void on(HealthHoldLifted e) {
        cases.healthHoldLifted(e.hold().value(), e.person(), e.liftedAt());
    }

    /**
     * The destination country's newest profile. None for a country without one: the person is then
     * not scheduled against another country's requirements (the health officer schedules them with
     * the right profile once it exists), and the audit log says why.
     */
    private Optional<UUID> profileFor(@Nullable String country) {
        return jdbc.sql(
                        """
                select id from health.destination_profile where country = :c
                order by code, version desc limit 1
                """)
                .param("c", country)
                .query(UUID.class)
                .optional();
    }
}
