package org.pravaas.governance.membership;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.governance.MembershipStatus;

/**
 * One uninterrupted period in which a state was a member or an observer.
 *
 * @param from the day it was admitted (or became an observer)
 * @param until the day its withdrawal took effect, the first day it no longer took part; open when absent
 */
public record StateStatus(
        UUID id,
        String country,
        MembershipStatus status,
        @Nullable LocalDate appliedOn,
        LocalDate from,
        @Nullable LocalDate until,
        @Nullable String note) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }
}
