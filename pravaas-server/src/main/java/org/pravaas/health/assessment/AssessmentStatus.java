package org.pravaas.health.assessment;

import java.util.Set;

/**
 * An assessment's life: scheduled on the clinic's worklist, in progress once findings are saved,
 * decided when a fit-to-travel decision is issued (a later decision may still follow), or cancelled.
 */
public enum AssessmentStatus {
    SCHEDULED,
    IN_PROGRESS,
    DECIDED,
    CANCELLED;

    /** Findings may be recorded until the assessment is cancelled. */
    public boolean open() {
        return this != CANCELLED;
    }

    /** The states this one may move to. */
    public Set<AssessmentStatus> next() {
        return switch (this) {
            case SCHEDULED -> Set.of(IN_PROGRESS, DECIDED, CANCELLED);
            case IN_PROGRESS -> Set.of(IN_PROGRESS, DECIDED, CANCELLED);
            case DECIDED -> Set.of(DECIDED);
            case CANCELLED -> Set.of();
        };
    }
}
