package org.pravaas.displacement.operation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A round of assessments of an operation, with the dates its data collection ran. */
public record Round(
        UUID id,
        UUID operationId,
        int number,
        LocalDate startsOn,
        LocalDate endsOn,
        @Nullable Instant publishedAt,
        @Nullable String publishedBy) {

    public boolean published() {
        return publishedAt != null;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
