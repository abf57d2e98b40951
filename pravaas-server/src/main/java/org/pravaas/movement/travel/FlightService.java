package org.pravaas.movement.travel;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A leg on the day: confirming everyone on it after the checks (all or nobody, so a charter is
 * never half-confirmed), its escorts and its manifest.
 */
@Service
public class FlightService {
    private final LegService legs;
    private final Bookings bookings;
    private final Passengers passengers;
    private final Escorts escorts;
    private final AuditLog audit;
    private final Clock clock;

    FlightService(
            LegService legs, Bookings bookings, Passengers passengers, Escorts escorts, AuditLog audit, Clock clock) {
        this.legs = legs;
        this.bookings = bookings;
        this.passengers = passengers;
        this.escorts = escorts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The failures of every ticketed traveller of the leg; empty when all may be confirmed. */
    @Transactional(readOnly = true)
    public List<CheckFailure> check(UUID legId) {
        Leg leg = legs.leg(legId);
        return passengers.failures(leg, toConfirm(legId), medical(legId));
    }

    /** Confirms every ticketed traveller of the leg, or nobody: the failures are the refusal. */
    @Transactional
    public int confirmAll(UUID legId) {
        Leg leg = legs.leg(legId);
        passengers.access().requireWrite(leg.officeId());
        List<Booking> ticketed = bookings.ofLegForUpdate(legId).stream()
                .filter(b -> b.status() == Booking.Status.TICKETED)
                .toList();
        List<CheckFailure> failures = passengers.failures(leg, ticketed, medical(legId));
        if (!failures.isEmpty()) {
            List<Violation> v = new ArrayList<>();
            for (CheckFailure f : failures) v.add(new Violation(f.check().name(), f.reasonKey(), f.args()));
            throw new RuleViolation(v);
        }
        bookings.status(ticketed.stream().map(Booking::id).toList(), Booking.Status.CONFIRMED, null, clock.instant());
        audit.record(AuditEvent.of("movement.leg.confirmed", "leg", legId, leg.officeId())
                .withDetails("travellers=" + ticketed.size()));
        return ticketed.size();
    }

    @Transactional
    public void addEscort(UUID legId, String name, String kind) {
        Leg leg = legs.leg(legId);
        passengers.access().requireWrite(leg.officeId());
        if (name.isBlank()) throw new RuleViolation("escortName", "movement.escort.name-required");
        if (!kind.equals("OPERATIONAL") && !kind.equals("MEDICAL")) {
            throw new RuleViolation("escortKind", "movement.escort.kind");
        }
        escorts.add(legId, name.strip(), kind);
        audit.record(AuditEvent.of("movement.escort.assigned", "leg", legId, leg.officeId()));
    }

    @Transactional(readOnly = true)
    public List<Escorts.Escort> escorts(UUID legId) {
        legs.leg(legId);
        return escorts.of(legId);
    }

    /** The passengers of a leg for its manifest; reading them is audited as personal data. */
    @Transactional
    public List<ManifestLine> manifest(UUID legId, String purpose) {
        Leg leg = legs.leg(legId);
        List<ManifestLine> lines = passengers.lines(bookings.ofLeg(legId));
        audit.record(AuditEvent.of("movement.manifest." + purpose, "leg", legId, leg.officeId())
                .withDetails("passengers=" + lines.size()));
        return lines;
    }

    Map<UUID, Booking> byPerson(UUID legId) {
        Map<UUID, Booking> out = new HashMap<>();
        for (Booking b : bookings.ofLeg(legId)) out.put(b.personId(), b);
        return out;
    }

    private List<Booking> toConfirm(UUID legId) {
        return bookings.ofLeg(legId).stream()
                .filter(b -> b.status() == Booking.Status.TICKETED)
                .toList();
    }

    private boolean medical(UUID legId) {
        return escorts.of(legId).stream().anyMatch(e -> e.kind().equals("MEDICAL"));
    }

    LegService legs() {
        return legs;
    }

    MovementAccess access() {
        return passengers.access();
    }

    Instant now() {
        return clock.instant();
    }
}
