package org.pravaas.skills.placement;

import java.util.Locale;
import java.util.Set;

/**
 * Where a placement stands, and the only moves allowed from each state: an offer is accepted,
 * declined or withdrawn; an accepted placement ends, as planned or early, or is withdrawn.
 */
public enum PlacementStatus {
    OFFERED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN,
    COMPLETED,
    ENDED_EARLY;

    public Set<PlacementStatus> next() {
        return switch (this) {
            case OFFERED -> Set.of(ACCEPTED, DECLINED, WITHDRAWN);
            case ACCEPTED -> Set.of(WITHDRAWN, COMPLETED, ENDED_EARLY);
            default -> Set.of();
        };
    }

    public boolean mayBecome(PlacementStatus other) {
        return next().contains(other);
    }

    /** Holds the person's time: another placement may not overlap it. */
    public boolean holdsTime() {
        return this != DECLINED && this != WITHDRAWN;
    }

    /** Accepted or finished: the person counts as placed. */
    public boolean placed() {
        return this == ACCEPTED || this == COMPLETED || this == ENDED_EARLY;
    }

    public String messageKey() {
        return "skills.placement-status." + name().toLowerCase(Locale.ROOT);
    }
}
