package org.pravaas.movement.travel;

import org.pravaas.casework.CaseReadyForMovement;
import org.pravaas.casework.CaseSignals;
import org.pravaas.movement.MovementCompleted;
import org.pravaas.movement.MovementRequest;
import org.pravaas.movement.TravellerNoShow;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows casework: a case ready for movement gets a movement request for its travellers (once,
 * even when the event is replayed), and the case hears back through {@link CaseSignals} when that
 * movement completes with someone arrived, or a traveller does not show up. Only the request opened
 * here reports back: a case reference typed on another request is shown but never followed. Casework cannot follow movement's events
 * itself: movement already depends on casework's, and modules must not depend on each other both
 * ways.
 */
@Component
class CaseFollower {
    /** How long before departure a fit-to-travel decision may be issued for a case's movement. */
    static final int FIT_WINDOW_HOURS = 72;

    private final RequestService requests;
    private final Requests rows;
    private final CaseSignals cases;

    CaseFollower(RequestService requests, Requests rows, CaseSignals cases) {
        this.requests = requests;
        this.rows = rows;
        this.cases = cases;
    }

    @ApplicationModuleListener
    void on(CaseReadyForMovement e) {
        requests.openForCase(new MovementRequest(
                e.officeId(),
                e.travellers(),
                e.adults(),
                e.householdId(),
                "Case " + e.reference(),
                e.programme(),
                FIT_WINDOW_HOURS,
                e.reference()));
    }

    @ApplicationModuleListener
    void on(MovementCompleted e) {
        if (e.arrived().isEmpty()) return; // nobody travelled: the case stays where it is
        rows.followedCase(e.movement().value())
                .ifPresent(reference -> cases.movementCompleted(reference, e.completedAt()));
    }

    @ApplicationModuleListener
    void on(TravellerNoShow e) {
        rows.followedCase(e.movement().value())
                .ifPresent(reference -> cases.travellerNoShow(reference, e.person(), e.recordedAt()));
    }
}
