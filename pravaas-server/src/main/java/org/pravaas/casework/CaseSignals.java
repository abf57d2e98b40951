package org.pravaas.casework;

import java.time.Instant;
import java.util.UUID;
import org.pravaas.casework.file.SystemChanges;
import org.pravaas.registry.PersonId;
import org.springframework.stereotype.Service;

/**
 * How movement and health tell casework what happened to a case's people: their listeners (on
 * their own events, after commit, with no user signed in) call here. Casework does not follow their
 * events itself because they follow casework's, and modules must not depend on each other both
 * ways. Every method is idempotent: a replayed event changes nothing.
 */
@Service
public class CaseSignals {
    private final SystemChanges changes;

    CaseSignals(SystemChanges changes) {
        this.changes = changes;
    }

    /**
     * The movement opened for the case completed: a resettlement case moves from
     * ready_for_movement to arrived, an AVRR case from return_travel to reintegration_plan.
     */
    public void movementCompleted(String caseReference, Instant at) {
        changes.arrived(caseReference, at);
    }

    /** A traveller of the case's movement did not show up: a timeline line (the reason stays in movement). */
    public void travellerNoShow(String caseReference, PersonId person, Instant at) {
        changes.noShow(caseReference, person, at);
    }

    /** A health hold was placed on a person: their open cases show it and cannot enter a travelling stage. */
    public void healthHoldPlaced(UUID holdId, PersonId person, Instant at) {
        changes.holdPlaced(holdId, person, at);
    }

    public void healthHoldLifted(UUID holdId, PersonId person, Instant at) {
        changes.holdLifted(holdId, person, at);
    }
}
