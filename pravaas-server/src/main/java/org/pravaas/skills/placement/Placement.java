package org.pravaas.skills.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person placed (or offered a place) on an opening, for the contract dates. After the
 * evaluation {@code endsOn} is the day the placement really ended.
 */
public record Placement(
        UUID id,
        UUID openingId,
        UUID profileId,
        UUID personId,
        UUID officeId,
        PlacementStatus status,
        LocalDate startsOn,
        LocalDate endsOn,
        @Nullable Integer score,
        Instant offeredAt,
        String offeredBy,
        @Nullable Instant decidedAt,
        @Nullable Instant travelRequestedAt,
        @Nullable Outcome outcome,
        @Nullable Integer rating,
        @Nullable String evaluation,
        @Nullable Boolean stays,
        int version) {

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !from.isAfter(endsOn) && !to.isBefore(startsOn);
    }

    public boolean covers(LocalDate from, LocalDate to) {
        return !from.isBefore(startsOn) && !to.isAfter(endsOn);
    }

    /** Person-months, from the contract dates (30.44 days a month). */
    public double months() {
        return ChronoUnit.DAYS.between(startsOn, endsOn.plusDays(1)) / 30.44;
    }
}
