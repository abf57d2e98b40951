package org.pravaas.health;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.pravaas.health.clearance.StatusQuery;
import org.pravaas.registry.PersonId;
import org.springframework.stereotype.Service;

/**
 * What other modules ask of health: may this person travel? The answer carries no clinical
 * detail, so it needs no health role and is not audited here (the caller audits its own use).
 * Callers apply their own office scope to the person, as they already do when reading them.
 */
@Service("health")
public class Health {
    private final StatusQuery status;

    Health(StatusQuery status) {
        this.status = status;
    }

    /**
     * The person's status on a day (UTC): {@code ON_HOLD} while a hold is active, {@code NOT_FIT}
     * after a not-fit decision, {@code FIT}/{@code FIT_WITH_ESCORT} with the instant it expires when
     * a decision is valid at some time of that day, otherwise {@code NONE}.
     */
    public TravelStatus travelStatus(PersonId person, LocalDate day) {
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        return status.between(
                person.value(),
                from,
                day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** The person's status at one instant, e.g. a flight's departure. */
    public TravelStatus travelStatus(PersonId person, Instant at) {
        return status.between(person.value(), at, at.plusNanos(1000));
    }
}
