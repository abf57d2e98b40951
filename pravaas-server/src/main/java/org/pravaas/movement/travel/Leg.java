package org.pravaas.movement.travel;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A leg of travel: the instants are stored with the zones they are shown in (local at each end). */
public record Leg(
        UUID id,
        UUID officeId,
        Mode mode,
        @Nullable String carrier,
        @Nullable String number,
        String origin,
        String destination,
        Instant departsAt,
        ZoneId departsZone,
        Instant arrivesAt,
        ZoneId arrivesZone) {

    public enum Mode {
        FLIGHT,
        BUS,
        BOAT,
        TRAIN
    }

    public ZonedDateTime departsLocal() {
        return departsAt.atZone(departsZone);
    }

    public ZonedDateTime arrivesLocal() {
        return arrivesAt.atZone(arrivesZone);
    }

    /** Carrier and number of a flight (e.g. {@code RJ 112}), or the mode's own words for the rest. */
    public String designator() {
        return ((carrier == null ? "" : carrier) + " " + (number == null ? "" : number)).strip();
    }
}
