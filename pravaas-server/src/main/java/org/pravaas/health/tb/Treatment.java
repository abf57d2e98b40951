package org.pravaas.health.tb;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A course of tuberculosis treatment under direct observation, with its daily log. Ongoing while
 * {@code outcome} is null.
 */
public record Treatment(
        UUID id,
        UUID personId,
        UUID officeId,
        String regimen,
        LocalDate startedOn,
        @Nullable Outcome outcome,
        @Nullable LocalDate endedOn,
        List<Dose> doses) {

    public Treatment {
        doses = List.copyOf(doses);
    }

    /** WHO treatment outcomes. */
    public enum Outcome {
        CURED,
        COMPLETED,
        FAILED,
        LOST_TO_FOLLOW_UP,
        DIED,
        NOT_EVALUATED
    }

    /** One day of the log: the dose was taken in front of the observer, or missed. */
    public record Dose(LocalDate on, boolean taken, String observer) {}

    public long observed() {
        return doses.stream().filter(Dose::taken).count();
    }

    public long missed() {
        return doses.size() - observed();
    }

    /** Observed doses as a share of logged days, in percent (100 when nothing is logged yet). */
    public int adherencePercent() {
        return doses.isEmpty() ? 100 : (int) Math.round(100.0 * observed() / doses.size());
    }
}
