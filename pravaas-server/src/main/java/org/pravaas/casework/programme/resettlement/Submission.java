package org.pravaas.casework.programme.resettlement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A case's submission to a resettlement country, the country's decision and the arrival. */
public record Submission(
        UUID caseId,
        String country,
        LocalDate submittedOn,
        int persons,
        @Nullable Decision decision,
        @Nullable LocalDate decidedOn,
        @Nullable Instant arrivedAt,
        @Nullable Instant withdrawnAt,
        long version) {

    public enum Decision {
        ACCEPTED,
        NOT_ACCEPTED
    }

    public boolean accepted() {
        return decision == Decision.ACCEPTED;
    }
}
