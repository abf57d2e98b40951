package org.pravaas.health.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.health.access.ClinicalAccess;
import org.pravaas.health.profile.DestinationProfile;
import org.pravaas.health.profile.ProfileService;
import org.pravaas.registry.PersonId;
import org.pravaas.registry.PersonSummary;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.pravaas.shared.StaleUpdateException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduling assessments and recording their findings. Writing needs a health officer of the
 * person's office; reading goes through {@link ClinicalAccess}, which audits it. Every save is one
 * transaction: refused findings leave the assessment as it was.
 */
@Service("healthAssessmentService")
public class AssessmentService {
    private final Assessments assessments;
    private final LabResults labs;
    private final ClinicalAccess clinical;
    private final HealthPeople people;
    private final ProfileService profiles;
    private final AuditLog audit;
    private final Clock clock;

    AssessmentService(
            Assessments assessments,
            LabResults labs,
            ClinicalAccess clinical,
            HealthPeople people,
            ProfileService profiles,
            AuditLog audit,
            Clock clock) {
        this.assessments = assessments;
        this.labs = labs;
        this.clinical = clinical;
        this.people = people;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    /** An assessment with what its page shows. */
    public record AssessmentView(
            Assessment assessment, PersonSummary person, DestinationProfile profile, List<LabResult> labs) {}

    /** Puts a person on a clinic's worklist for a day, against the current version of a profile. */
    @Transactional
    public UUID schedule(PersonId person, UUID profileId, @Nullable LocalDate on, @Nullable String clinic) {
        PersonSummary p = people.get(person);
        String by = clinical.requireWrite(p.officeId());
        DestinationProfile profile = profiles.get(profileId);
        List<Violation> problems = new ArrayList<>();
        if (on == null) problems.add(new Violation("scheduledOn", "health.required"));
        if (clinic == null || clinic.isBlank()) problems.add(new Violation("clinic", "health.required"));
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        UUID id = Ids.newId();
        assessments.insert(id, p.id().value(), p.officeId(), profile.id(), on, clinic.strip(), by, clock.instant());
        audit.record(AuditEvent.of("health.assessment.scheduled", "assessment", id, p.officeId())
                .withDetails("person=" + person + " profile=" + profile.label()));
        return id;
    }

    /** The assessment with its findings, for a user who may see them (audited). */
    @Transactional
    public AssessmentView view(UUID id) {
        Assessment a = find(id);
        clinical.readClinical(a.personId(), a.officeId(), "assessment", id);
        return new AssessmentView(a, people.get(new PersonId(a.personId())), profiles.get(a.profileId()), labs.of(id));
    }

    /** Saves the findings read at {@code version}; the new version. */
    @Transactional
    public long save(UUID id, long version, AssessmentForm form) {
        Assessment a = find(id);
        String by = clinical.requireWrite(a.officeId());
        if (!a.status().open()) throw new RuleViolation("", "health.assessment.cancelled");
        List<Violation> problems = new ArrayList<>(VitalSignsPolicy.check(form));
        problems.addAll(ResultDatePolicy.check(form, LocalDate.now(clock)));
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        AssessmentStatus next = a.status() == AssessmentStatus.SCHEDULED ? AssessmentStatus.IN_PROGRESS : a.status();
        if (!assessments.update(id, version, form, next, by, clock.instant())) {
            throw new StaleUpdateException("assessment", id, find(id).version());
        }
        audit.record(AuditEvent.of("health.assessment.saved", "assessment", id, a.officeId())
                .withDetails("version=" + (version + 1)));
        return version + 1;
    }

    @Transactional
    public UUID addLab(UUID id, LabResultCommand c) {
        Assessment a = find(id);
        String by = clinical.requireWrite(a.officeId());
        if (c.test() == null || c.sampledOn() == null || c.resultedOn() == null || c.result() == null) {
            throw new RuleViolation("", "health.required");
        }
        List<Violation> problems = ResultDatePolicy.check(c.sampledOn(), c.resultedOn(), LocalDate.now(clock));
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        LabResult r = new LabResult(
                Ids.newId(),
                id,
                c.test().strip(),
                c.sampledOn(),
                c.resultedOn(),
                c.result().strip());
        labs.insert(r, by, clock.instant());
        audit.record(AuditEvent.of("health.lab.added", "assessment", id, a.officeId()));
        return r.id();
    }

    @Transactional
    public void cancel(UUID id) {
        Assessment a = find(id);
        String by = clinical.requireWrite(a.officeId());
        if (!a.status().next().contains(AssessmentStatus.CANCELLED)) {
            throw new RuleViolation("", "health.assessment.cannot-cancel");
        }
        assessments.setStatus(id, AssessmentStatus.CANCELLED, by, clock.instant());
        audit.record(AuditEvent.of("health.assessment.cancelled", "assessment", id, a.officeId()));
    }

    /** A person's assessments, newest first, for a user who may see them (audited). */
    @Transactional
    public List<Assessment> ofPerson(PersonSummary person) {
        clinical.readClinical(person.id().value(), person.officeId(), "person", person.id());
        return assessments.ofPerson(person.id().value());
    }

    /** A person's assessments, for a caller that already checked and audited clinical access. */
    @Transactional(readOnly = true)
    public List<Assessment> ofPersonUnaudited(UUID person) {
        return assessments.ofPerson(person);
    }

    Assessment find(UUID id) {
        return assessments.find(id).orElseThrow(() -> new NotFoundException("assessment", id));
    }
}
