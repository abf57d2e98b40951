package org.pravaas.movement.travel;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books every traveller of a request on an itinerary in one transaction: legs must follow each
 * other in time and place, nobody may be on two overlapping legs or under a health hold.
 */
@Service
public class BookingService {
    private final RequestService requests;
    private final Legs legs;
    private final Bookings bookings;
    private final BookingRules rules;
    private final AuditLog audit;
    private final Clock clock;

    BookingService(
            RequestService requests, Legs legs, Bookings bookings, BookingRules rules, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.legs = legs;
        this.bookings = bookings;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** Books the travellers on the legs in the order given, at the fare per traveller and leg. */
    @Transactional
    public List<UUID> book(UUID requestId, List<UUID> legIds, @Nullable BigDecimal fare, @Nullable String currency) {
        Request r = requests.request(requestId);
        rules.access().requireWrite(r.officeId());
        List<Violation> problems = new ArrayList<>();
        Currency c = fare == null ? null : Fares.currency(currency, "currency", problems);
        if (fare != null) Fares.exact(fare, c, "fare", problems);
        List<Leg> itinerary = new ArrayList<>();
        for (UUID id : legIds) itinerary.add(legs.find(id).orElseThrow(() -> new NotFoundException("leg", id)));
        if (itinerary.isEmpty()) problems.add(new Violation("legs", "movement.booking.no-leg"));
        rules.order(itinerary, problems);
        List<Traveller> travellers = requests.travellers(requestId);
        for (Traveller t : travellers) rules.free(t, itinerary, problems);
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<UUID> ids = new ArrayList<>();
        for (Leg leg : itinerary) {
            for (Traveller t : travellers) {
                Booking b = new Booking(
                        Ids.newId(),
                        requestId,
                        t.personId(),
                        leg.id(),
                        r.officeId(),
                        fare == null ? Booking.Status.REQUESTED : Booking.Status.BOOKED,
                        null,
                        fare,
                        c == null ? null : c.getCurrencyCode(),
                        null);
                bookings.insert(b, now);
                ids.add(b.id());
            }
        }
        audit.record(AuditEvent.of("movement.booked", "movement", requestId, r.officeId())
                .withDetails("legs=" + itinerary.size() + " travellers=" + travellers.size()));
        return ids;
    }

    /** Moves every booking of the request that allows it to the next status (e.g. BOOKED → TICKETED). */
    @Transactional
    public int advance(UUID requestId, Booking.Status from, Booking.Status to) {
        Request r = requests.request(requestId);
        rules.access().requireWrite(r.officeId());
        if (!from.next().contains(to) || to == Booking.Status.CONFIRMED) {
            throw new RuleViolation("status", "movement.booking.transition", from, to);
        }
        List<UUID> ids = bookings.ofRequest(requestId).stream()
                .filter(b -> b.status() == from)
                .map(Booking::id)
                .toList();
        bookings.status(ids, to, null, clock.instant());
        audit.record(AuditEvent.of(
                        "movement.bookings." + to.name().toLowerCase(java.util.Locale.ROOT),
                        "movement",
                        requestId,
                        r.officeId())
                .withDetails("count=" + ids.size()));
        return ids.size();
    }

    /** Books a no-show again on another leg, at the same fare; the no-show stays in the record. */
    @Transactional
    public UUID rebook(UUID bookingId, UUID legId) {
        Booking old = bookings.find(bookingId).orElseThrow(() -> new NotFoundException("booking", bookingId));
        rules.access().requireWrite(old.officeId());
        if (old.status() != Booking.Status.NO_SHOW) throw new RuleViolation("", "movement.rebook.not-no-show");
        Leg leg = legs.find(legId).orElseThrow(() -> new NotFoundException("leg", legId));
        Traveller t = requests.travellers(old.requestId()).stream()
                .filter(x -> x.personId().equals(old.personId()))
                .findFirst()
                .orElseThrow();
        List<Violation> problems = new ArrayList<>();
        rules.free(t, List.of(leg), problems);
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        Booking b = new Booking(
                Ids.newId(),
                old.requestId(),
                old.personId(),
                legId,
                old.officeId(),
                Booking.Status.BOOKED,
                null,
                old.fare(),
                old.currency(),
                null);
        bookings.insert(b, clock.instant().truncatedTo(ChronoUnit.MICROS));
        audit.record(AuditEvent.of("movement.rebooked", "person", old.personId(), old.officeId()));
        return b.id();
    }

    @Transactional(readOnly = true)
    public List<Booking> ofRequest(UUID requestId) {
        requests.request(requestId);
        return bookings.ofRequest(requestId);
    }
}
