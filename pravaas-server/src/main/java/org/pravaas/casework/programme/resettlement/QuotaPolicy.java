package org.pravaas.casework.programme.resettlement;

import java.util.Optional;
import org.pravaas.shared.RuleViolation.Violation;

/**
 * A submission must fit in the country's remaining quota for its year: a country does not take
 * more than it pledged, and over-submitting only delays other cases. There is no override; the
 * lead raises the quota when the country raises its pledge.
 */
final class QuotaPolicy {
    private QuotaPolicy() {}

    static Optional<Violation> check(Optional<QuotaLine> line, String country, int year, int persons) {
        if (line.isEmpty()) {
            return Optional.of(new Violation("country", "resettlement.quota.none", country, String.valueOf(year)));
        }
        int remaining = line.get().remaining();
        if (persons > remaining) {
            return Optional.of(new Violation(
                    "persons",
                    "resettlement.quota.exceeded",
                    country,
                    String.valueOf(year),
                    persons,
                    Math.max(remaining, 0)));
        }
        return Optional.empty();
    }
}
