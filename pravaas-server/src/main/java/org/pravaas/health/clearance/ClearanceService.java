package org.pravaas.health.clearance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.health.AssessmentId;
import org.pravaas.health.FitToTravelIssued;
import org.pravaas.health.Fitness;
import org.pravaas.health.access.ClinicalAccess;
import org.pravaas.health.assessment.Assessment;
import org.pravaas.health.assessment.AssessmentStatus;
import org.pravaas.health.assessment.Assessments;
import org.pravaas.health.assessment.HealthPeople;
import org.pravaas.health.profile.DestinationProfile;
import org.pravaas.health.profile.ProfileService;
import org.pravaas.registry.PersonId;
import org.pravaas.registry.PersonSummary;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fit-to-travel decisions. The person's active hold is locked while deciding, so a hold placed at
 * the same moment either comes first (and the decision is refused) or after.
 */
@Service("healthClearanceService")
public class ClearanceService {
    private final Assessments assessments;
    private final TravelDecisions decisions;
    private final Holds holds;
    private final HealthPeople people;
    private final ProfileService profiles;
    private final ClinicalAccess clinical;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    ClearanceService(
            Assessments assessments,
            TravelDecisions decisions,
            Holds holds,
            HealthPeople people,
            ProfileService profiles,
            ClinicalAccess clinical,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.assessments = assessments;
        this.decisions = decisions;
        this.holds = holds;
        this.people = people;
        this.profiles = profiles;
        this.clinical = clinical;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues the decision, or refuses it with every missing result and the hold that stops it. */
    @Transactional
    public TravelDecision decide(UUID assessmentId, @Nullable Fitness fitness, @Nullable String conditions) {
        Assessment a =
                assessments.find(assessmentId).orElseThrow(() -> new NotFoundException("assessment", assessmentId));
        String by = clinical.requireWrite(a.officeId());
        if (fitness == null) throw new RuleViolation("fitness", "health.required");
        PersonSummary person = people.get(new PersonId(a.personId()));
        DestinationProfile profile = profiles.get(a.profileId());
        boolean onHold = holds.activeForUpdate(a.personId()).isPresent();
        // PostgreSQL keeps microseconds: the event and the answer carry the instant as stored.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        List<Violation> problems = FitToTravelPolicy.check(
                fitness, conditions, a, profile, person.birthDate(), onHold, LocalDate.now(clock));
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        Instant until = fitness == Fitness.NOT_FIT ? null : now.plus(Duration.ofHours(profile.fitValidHours()));
        String text = conditions == null || conditions.isBlank() ? null : conditions.strip();
        TravelDecision d =
                new TravelDecision(Ids.newId(), a.id(), a.personId(), a.officeId(), fitness, text, now, until, by);
        decisions.insert(d);
        assessments.setStatus(a.id(), AssessmentStatus.DECIDED, by, now);
        events.publishEvent(new FitToTravelIssued(
                d.id(), new AssessmentId(a.id()), new PersonId(a.personId()), a.officeId(), fitness, now, until));
        audit.record(AuditEvent.of("health.decision.issued", "assessment", a.id(), a.officeId())
                .withDetails("fitness=" + fitness + " profile=" + profile.label()));
        return d;
    }

    /** The person's decisions, newest first: their fitness and validity are status, not findings. */
    @Transactional(readOnly = true)
    public List<TravelDecision> decisionsOf(UUID person) {
        return decisions.ofPerson(person);
    }

    @Transactional(readOnly = true)
    public TravelDecision decision(UUID id) {
        return decisions.find(id).orElseThrow(() -> new NotFoundException("decision", id));
    }
}
