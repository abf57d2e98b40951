package org.pravaas.health.tb;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.health.access.ClinicalAccess;
import org.pravaas.health.assessment.HealthPeople;
import org.pravaas.registry.PersonId;
import org.pravaas.registry.PersonSummary;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Directly observed treatment: a health officer starts a regimen, logs each day's dose as taken
 * or missed, and closes the course with its outcome. Days are logged within the course, never ahead.
 */
@Service("healthTreatmentService")
public class TreatmentService {
    private final Treatments treatments;
    private final HealthPeople people;
    private final ClinicalAccess clinical;
    private final AuditLog audit;
    private final Clock clock;

    TreatmentService(Treatments treatments, HealthPeople people, ClinicalAccess clinical, AuditLog audit, Clock clock) {
        this.treatments = treatments;
        this.people = people;
        this.clinical = clinical;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UUID start(PersonId personId, @Nullable String regimen, @Nullable LocalDate startedOn) {
        PersonSummary person = people.get(personId);
        String by = clinical.requireWrite(person.officeId());
        List<Violation> problems = new ArrayList<>();
        if (regimen == null || regimen.isBlank()) problems.add(new Violation("regimen", "health.required"));
        if (startedOn == null) problems.add(new Violation("startedOn", "health.required"));
        else if (startedOn.isAfter(LocalDate.now(clock)))
            problems.add(new Violation("startedOn", "health.date.future"));
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        UUID id = Ids.newId();
        treatments.insert(id, person.id().value(), person.officeId(), regimen.strip(), startedOn, by, clock.instant());
        audit.record(AuditEvent.of("health.tb.started", "tb-treatment", id, person.officeId()));
        return id;
    }

    @Transactional
    public void logDose(UUID treatmentId, @Nullable LocalDate on, boolean taken) {
        Treatment t = find(treatmentId);
        String by = clinical.requireWrite(t.officeId());
        if (on == null) throw new RuleViolation("doseOn", "health.required");
        if (on.isBefore(t.startedOn())
                || on.isAfter(LocalDate.now(clock))
                || (t.endedOn() != null && on.isAfter(t.endedOn()))) {
            throw new RuleViolation("doseOn", "health.tb.dose-outside-course", on, t.startedOn());
        }
        treatments.logDose(treatmentId, on, taken, by);
        audit.record(AuditEvent.of("health.tb.dose-logged", "tb-treatment", treatmentId, t.officeId())
                .withDetails("taken=" + taken));
    }

    @Transactional
    public void close(UUID treatmentId, Treatment.@Nullable Outcome outcome, @Nullable LocalDate endedOn) {
        Treatment t = find(treatmentId);
        clinical.requireWrite(t.officeId());
        if (t.outcome() != null) throw new RuleViolation("", "health.tb.already-closed");
        if (outcome == null) throw new RuleViolation("outcome", "health.required");
        if (endedOn == null || endedOn.isBefore(t.startedOn()) || endedOn.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("endedOn", "health.tb.end-outside-course", t.startedOn());
        }
        treatments.close(treatmentId, outcome, endedOn);
        audit.record(AuditEvent.of("health.tb.closed", "tb-treatment", treatmentId, t.officeId())
                .withDetails("outcome=" + outcome));
    }

    /** A course with its log, for a user who may see it (audited). */
    @Transactional
    public Treatment view(UUID treatmentId) {
        Treatment t = find(treatmentId);
        clinical.readClinical(t.personId(), t.officeId(), "tb-treatment", treatmentId);
        return t;
    }

    /** The person's courses, for a caller that checked clinical access. */
    @Transactional(readOnly = true)
    public List<Treatment> ofPerson(UUID person) {
        return treatments.ofPerson(person);
    }

    private Treatment find(UUID id) {
        return treatments.find(id).orElseThrow(() -> new NotFoundException("tb-treatment", id));
    }
}
