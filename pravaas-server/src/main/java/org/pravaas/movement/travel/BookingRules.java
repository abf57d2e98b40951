package org.pravaas.movement.travel;

import java.util.List;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.stereotype.Component;

/** The itinerary's order and a traveller's freedom to be booked, each refusal naming leg or traveller. */
@Component
class BookingRules {
    private final Bookings bookings;
    private final HealthFollower followed;
    private final TravellerNames names;
    private final MovementAccess access;

    BookingRules(Bookings bookings, HealthFollower followed, TravellerNames names, MovementAccess access) {
        this.bookings = bookings;
        this.followed = followed;
        this.names = names;
        this.access = access;
    }

    MovementAccess access() {
        return access;
    }

    /** Each leg departs after the previous arrives, from where it arrived (the transit point). */
    void order(List<Leg> legs, List<Violation> problems) {
        for (int i = 1; i < legs.size(); i++) {
            Leg prev = legs.get(i - 1);
            Leg next = legs.get(i);
            if (next.departsAt().isBefore(prev.arrivesAt())) {
                problems.add(new Violation(
                        "legs", "movement.booking.legs-out-of-order", i + 1, next.designator(), prev.designator()));
            } else if (!next.origin().equals(prev.destination())) {
                problems.add(new Violation(
                        "legs", "movement.booking.legs-not-connected", i + 1, prev.destination(), next.origin()));
            }
        }
    }

    void free(Traveller t, List<Leg> itinerary, List<Violation> problems) {
        if (followed.onHold(t.personId())) {
            problems.add(new Violation("travellers", "movement.booking.on-hold", names.of(t.personId())));
            return;
        }
        for (Leg leg : itinerary) {
            if (!bookings.overlapping(t.personId(), leg.departsAt(), leg.arrivesAt())
                    .isEmpty()) {
                problems.add(new Violation(
                        "travellers", "movement.booking.overlap", names.of(t.personId()), leg.designator()));
            }
        }
    }
}
