package org.pravaas.movement.travel;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A traveller's seat on a leg; its status changes only along {@link Status#next}. */
public record Booking(
        UUID id,
        UUID requestId,
        UUID personId,
        UUID legId,
        UUID officeId,
        Status status,
        @Nullable String seat,
        @Nullable BigDecimal fare,
        @Nullable String currency,
        @Nullable String noShowReason) {

    public enum Status {
        REQUESTED,
        BOOKED,
        TICKETED,
        CONFIRMED,
        DEPARTED,
        ARRIVED,
        NO_SHOW,
        CANCELLED;

        /** The allowed transitions, in one place. */
        public Set<Status> next() {
            return switch (this) {
                case REQUESTED -> EnumSet.of(BOOKED, CANCELLED);
                case BOOKED -> EnumSet.of(TICKETED, CANCELLED);
                case TICKETED -> EnumSet.of(CONFIRMED, CANCELLED);
                    // A health hold sends a confirmed traveller back to ticketed: the checks must pass again.
                case CONFIRMED -> EnumSet.of(DEPARTED, NO_SHOW, TICKETED, CANCELLED);
                case DEPARTED -> EnumSet.of(ARRIVED, NO_SHOW);
                case ARRIVED, NO_SHOW, CANCELLED -> EnumSet.noneOf(Status.class);
            };
        }

        public boolean active() {
            return this != NO_SHOW && this != CANCELLED;
        }
    }
}
