package org.pravaas.movement.travel;

import java.util.List;
import org.pravaas.movement.MovementRequest;
import org.pravaas.skills.PlacementTravelRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows labour mobility: a placed expert or worker who needs to travel gets a movement request
 * in the placement's office (once, even when the event is replayed), with the countries and dates
 * in its reason; the movement officer plans the legs, the way back too when the placement ends.
 */
@Component
class PlacementFollower {
    static final String PROGRAMME = "labour_mobility";

    /** A work or assignment medical may be issued up to 30 days before departure. */
    static final int FIT_WINDOW_HOURS = 720;

    private final RequestService requests;

    PlacementFollower(RequestService requests) {
        this.requests = requests;
    }

    @ApplicationModuleListener
    void on(PlacementTravelRequested e) {
        String dates = e.returnOn() == null ? e.departOn().toString() : e.departOn() + " – " + e.returnOn();
        requests.openForPlacement(
                e.requestId(),
                new MovementRequest(
                        e.officeId(),
                        List.of(e.person()),
                        List.of(e.person()),
                        null,
                        "Placement " + e.fromCountry() + " → " + e.toCountry() + ", " + dates,
                        PROGRAMME,
                        FIT_WINDOW_HOURS,
                        null));
    }
}
