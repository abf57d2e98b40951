package org.pravaas.governance.membership;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.pravaas.governance.MembershipStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the member list: the day, the status, whether they could vote, a name to look for.
 */
public record MemberQuery(
        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
        @Nullable MembershipStatus status,
        @Nullable Boolean mayVote) {

    public LocalDate day() {
        return asOf == null ? LocalDate.now() : asOf;
    }
}
