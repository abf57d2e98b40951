package org.pravaas.governance.organ;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.governance.LocalizedText;

/**
 * An organ of the organisation and the days it existed.
 *
 * @param seats elected seats; absent when every member state sits on it
 * @param until the first day it no longer existed; absent while it exists
 */
public record Organ(
        UUID id,
        String code,
        LocalizedText names,
        LocalizedText mandate,
        OrganKind kind,
        @Nullable UUID parentId,
        @Nullable Integer seats,
        LocalDate from,
        @Nullable LocalDate until) {

    public boolean existsOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }

    public boolean isElected() {
        return seats != null;
    }

    /** The last day it existed, for display. */
    public @Nullable LocalDate lastDay() {
        return until == null ? null : until.minusDays(1);
    }
}
