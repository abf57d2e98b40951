package org.pravaas.movement.travel;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.movement.MovementCompleted;
import org.pravaas.movement.MovementId;
import org.pravaas.movement.TravellerNoShow;
import org.pravaas.registry.PersonId;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departure, arrivals confirmed by the receiving mission, no-shows with their reason and a
 * rebooking; when nobody of a movement is still under way it is completed and announced.
 */
@Service
public class ArrivalService {
    private final FlightService flights;
    private final Bookings bookings;
    private final Requests requests;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    ArrivalService(
            FlightService flights,
            Bookings bookings,
            Requests requests,
            ApplicationEventPublisher events,
            AuditLog audit) {
        this.flights = flights;
        this.bookings = bookings;
        this.requests = requests;
        this.events = events;
        this.audit = audit;
    }

    /** The leg left: its confirmed travellers departed; anyone else on it did not board. */
    @Transactional
    public int depart(UUID legId) {
        Leg leg = writable(legId);
        List<UUID> ids = bookings.ofLegForUpdate(legId).stream()
                .filter(b -> b.status() == Booking.Status.CONFIRMED)
                .map(Booking::id)
                .toList();
        bookings.status(ids, Booking.Status.DEPARTED, null, now());
        audit.record(AuditEvent.of("movement.leg.departed", "leg", legId, leg.officeId())
                .withDetails("count=" + ids.size()));
        return ids.size();
    }

    /** The receiving mission confirms these travellers arrived. */
    @Transactional
    public void arrive(UUID legId, List<UUID> persons) {
        Leg leg = writable(legId);
        var onLeg = flights.byPerson(legId);
        for (UUID p : persons) {
            Booking b = onLeg.get(p);
            if (b == null) throw new NotFoundException("booking", p);
            move(b, Booking.Status.ARRIVED);
            bookings.status(List.of(b.id()), Booking.Status.ARRIVED, null, now());
        }
        audit.record(AuditEvent.of("movement.leg.arrived", "leg", legId, leg.officeId())
                .withDetails("count=" + persons.size()));
        onLeg.values().stream().map(Booking::requestId).distinct().forEach(this::completeIfDone);
    }

    @Transactional
    public void noShow(UUID bookingId, String reason) {
        Booking b = bookings.find(bookingId).orElseThrow(() -> new NotFoundException("booking", bookingId));
        writable(b.legId());
        if (reason.isBlank()) throw new RuleViolation("reason", "movement.no-show.reason-required");
        move(b, Booking.Status.NO_SHOW);
        Instant now = now();
        bookings.status(List.of(b.id()), Booking.Status.NO_SHOW, reason.strip(), now);
        events.publishEvent(new TravellerNoShow(
                new MovementId(b.requestId()), new PersonId(b.personId()), b.officeId(), reason.strip(), now));
        audit.record(AuditEvent.of("movement.no-show", "person", b.personId(), b.officeId())
                .because(reason.strip()));
        completeIfDone(b.requestId());
    }

    private void completeIfDone(UUID requestId) {
        List<Booking> all = bookings.ofRequest(requestId);
        boolean underWay = all.stream().anyMatch(b -> b.status().active() && b.status() != Booking.Status.ARRIVED);
        Request r = requests.find(requestId).orElseThrow();
        if (underWay || !r.status().equals("OPEN")) return;
        requests.status(requestId, "COMPLETED");
        List<PersonId> arrived = all.stream()
                .filter(b -> b.status() == Booking.Status.ARRIVED)
                .map(b -> new PersonId(b.personId()))
                .distinct()
                .toList();
        events.publishEvent(new MovementCompleted(
                new MovementId(requestId), r.officeId(), r.programme(), arrived, now(), r.caseReference()));
        audit.record(AuditEvent.of("movement.completed", "movement", requestId, r.officeId()));
    }

    private static void move(Booking b, Booking.Status to) {
        if (!b.status().next().contains(to)) {
            throw new RuleViolation("status", "movement.booking.transition", b.status(), to);
        }
    }

    private Leg writable(UUID legId) {
        Leg leg = flights.legs().leg(legId);
        flights.access().requireWrite(leg.officeId());
        return leg;
    }

    private Instant now() {
        return flights.now().truncatedTo(ChronoUnit.MICROS);
    }
}
