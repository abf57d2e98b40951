package org.pravaas.health.clearance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.health.HealthHoldLifted;
import org.pravaas.health.HealthHoldPlaced;
import org.pravaas.health.HoldId;
import org.pravaas.health.access.ClinicalAccess;
import org.pravaas.health.assessment.HealthPeople;
import org.pravaas.registry.PersonId;
import org.pravaas.registry.PersonSummary;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Health holds: placed and lifted by a health officer with a reason, announced without it. */
@Service("healthHoldService")
public class HoldService {
    private final Holds holds;
    private final HealthPeople people;
    private final ClinicalAccess clinical;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    HoldService(
            Holds holds,
            HealthPeople people,
            ClinicalAccess clinical,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.holds = holds;
        this.people = people;
        this.clinical = clinical;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Hold place(PersonId personId, @Nullable String reason) {
        PersonSummary person = people.get(personId);
        String by = clinical.requireWrite(person.officeId());
        if (reason == null || reason.isBlank()) throw new RuleViolation("reason", "health.hold.reason-required");
        if (holds.activeForUpdate(person.id().value()).isPresent()) {
            throw new RuleViolation("", "health.hold.already-active");
        }
        // PostgreSQL keeps microseconds: the event and the answer carry the instant as stored.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Hold h = new Hold(
                Ids.newId(), person.id().value(), person.officeId(), reason.strip(), now, by, null, null, null);
        holds.insert(h);
        events.publishEvent(new HealthHoldPlaced(new HoldId(h.id()), person.id(), person.officeId(), now));
        audit.record(AuditEvent.of("health.hold.placed", "person", person.id(), person.officeId()));
        return h;
    }

    @Transactional
    public void lift(UUID holdId, @Nullable String reason) {
        Hold h = holds.find(holdId).orElseThrow(() -> new NotFoundException("hold", holdId));
        String by = clinical.requireWrite(h.officeId());
        if (reason == null || reason.isBlank()) throw new RuleViolation("liftReason", "health.hold.reason-required");
        // PostgreSQL keeps microseconds: the event and the answer carry the instant as stored.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        if (!holds.lift(holdId, by, reason.strip(), now)) throw new RuleViolation("", "health.hold.not-active");
        events.publishEvent(new HealthHoldLifted(new HoldId(holdId), new PersonId(h.personId()), h.officeId(), now));
        audit.record(AuditEvent.of("health.hold.lifted", "person", h.personId(), h.officeId()));
    }

    /** The person's holds with their reasons: clinical, for callers that checked clinical access. */
    @Transactional(readOnly = true)
    public List<Hold> ofPerson(UUID person) {
        return holds.ofPerson(person);
    }

    @Transactional(readOnly = true)
    public boolean onHold(UUID person) {
        return holds.active(person).isPresent();
    }
}
