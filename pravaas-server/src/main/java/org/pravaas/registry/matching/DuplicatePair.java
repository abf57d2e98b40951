package org.pravaas.registry.matching;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Two people who may be one, found by an import, a batch run or a registration. */
public record DuplicatePair(
        UUID id,
        UUID officeId,
        UUID leftId,
        UUID rightId,
        double probability,
        String source,
        PairStatus status,
        @Nullable String firstVerdict,
        @Nullable String firstBy,
        @Nullable String decidedBy,
        Instant foundAt) {

    public int percent() {
        return (int) Math.round(probability * 100);
    }
}
