package org.pravaas.health.clearance;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.pravaas.health.TravelStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's travel status for a period, from the active hold and the decision in force. */
@Service("healthStatusQuery")
public class StatusQuery {
    private final Holds holds;
    private final TravelDecisions decisions;

    StatusQuery(Holds holds, TravelDecisions decisions) {
        this.holds = holds;
        this.decisions = decisions;
    }

    /**
     * ON_HOLD while a hold is active (a hold has no planned end, so it stops any future trip too);
     * otherwise the latest decision issued before {@code to}: not fit, or fit when valid at some
     * moment of [{@code from}, {@code to}); otherwise NONE.
     */
    @Transactional(readOnly = true)
    public TravelStatus between(UUID person, Instant from, Instant to) {
        if (holds.active(person).isPresent()) {
            return new TravelStatus(TravelStatus.Kind.ON_HOLD, null);
        }
        Optional<TravelDecision> latest = decisions.latest(person, to);
        if (latest.isEmpty()) return TravelStatus.NONE;
        TravelDecision d = latest.get();
        return switch (d.fitness()) {
            case NOT_FIT -> new TravelStatus(TravelStatus.Kind.NOT_FIT, null);
            case FIT, FIT_WITH_ESCORT -> d.validBetween(from, to)
                    ? new TravelStatus(TravelStatus.Kind.valueOf(d.fitness().name()), d.validUntil())
                    : TravelStatus.NONE;
        };
    }
}
