package org.pravaas.voting.count;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A station's result form: its status, why, and the agreed figures once both copies agree. */
public record ResultForm(
        UUID id,
        UUID stationId,
        UUID electionId,
        FormStatus status,
        List<Reason> reasons,
        @Nullable Figures figures,
        int version,
        Instant updatedAt) {

    public ResultForm {
        reasons = List.copyOf(reasons);
    }

    public boolean counted() {
        return status == FormStatus.COUNTED;
    }
}
