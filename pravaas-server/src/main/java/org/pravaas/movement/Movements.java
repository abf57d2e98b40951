package org.pravaas.movement;

import org.pravaas.movement.travel.RequestService;
import org.springframework.stereotype.Service;

/**
 * What other modules ask of movement: {@link #request} opens a request as the signed-in user
 * (casework and skills use their events instead); the movement officer then plans the legs.
 */
@Service
public class Movements {
    private final RequestService requests;

    Movements(RequestService requests) {
        this.requests = requests;
    }

    /**
     * Opens a movement request in the given office for the travellers; the caller must hold a
     * movement role over that office. Fails with a {@code RuleViolation} on an empty list, a window
     * outside 1–720 hours or a blank reason or programme; nothing is saved then.
     */
    public MovementId request(MovementRequest request) {
        return new MovementId(requests.open(request));
    }
}
