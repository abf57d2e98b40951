package org.pravaas.movement.travel;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A traveller of a request with what the pre-departure checks read. */
public record Traveller(
        UUID requestId,
        UUID personId,
        boolean adult,
        @Nullable String documentNumber,
        @Nullable LocalDate documentExpires,
        boolean exitPermit,
        boolean entryPermit,
        boolean consent,
        boolean needsRecorded,
        String specialNeeds) {

    /** The special needs the manifest and the airline must know of. */
    public enum Need {
        WHEELCHAIR,
        STRETCHER,
        UNACCOMPANIED_MINOR,
        PREGNANT_OVER_28_WEEKS
    }
}
