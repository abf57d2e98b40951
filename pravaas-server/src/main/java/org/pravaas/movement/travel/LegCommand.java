package org.pravaas.movement.travel;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A leg as the officer types it: local date-times at each end. An end that is a known IATA code
 * takes the airport's zone; a place (a border crossing, a bus station) needs its zone given.
 */
public record LegCommand(
        UUID officeId,
        Leg.@Nullable Mode mode,
        @Nullable String carrier,
        @Nullable String number,
        @Nullable String origin,
        @Nullable String destination,
        @Nullable LocalDateTime departsLocal,
        @Nullable String departsZone,
        @Nullable LocalDateTime arrivesLocal,
        @Nullable String arrivesZone) {}
