package org.pravaas.health;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What any module may know of a person's health before travel, without a clinical detail.
 *
 * @param kind the status on the day asked about
 * @param validUntil when a fit decision expires (only for {@link Kind#FIT} and {@link Kind#FIT_WITH_ESCORT})
 */
public record TravelStatus(Kind kind, @Nullable Instant validUntil) {
    public static final TravelStatus NONE = new TravelStatus(Kind.NONE, null);

    public enum Kind {
        /** Fit to travel until {@code validUntil}. */
        FIT,
        /** Fit to travel with an escort or equipment until {@code validUntil}. */
        FIT_WITH_ESCORT,
        /** Declared not fit to travel. */
        NOT_FIT,
        /** A health hold is active: do not book or board. */
        ON_HOLD,
        /** No valid decision: the person needs an assessment (or a new one) before travel. */
        NONE
    }

    /** Whether the person may board on the day asked about. */
    public boolean mayTravel() {
        return kind == Kind.FIT || kind == Kind.FIT_WITH_ESCORT;
    }
}
