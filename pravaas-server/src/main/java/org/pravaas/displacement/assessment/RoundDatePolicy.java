package org.pravaas.displacement.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pravaas.displacement.operation.Round;
import org.pravaas.shared.RuleViolation.Violation;

/**
 * An assessment is dated inside its round's data collection, and people were displaced before
 * they were counted as displaced.
 */
public class RoundDatePolicy {
    public List<Violation> check(Round round, @Nullable LocalDate assessedOn, @Nullable LocalDate displacedOn) {
        List<Violation> violations = new ArrayList<>();
        if (assessedOn != null && !round.covers(assessedOn)) {
            violations.add(new Violation(
                    "assessedOn",
                    "displacement.rule.outside-round",
                    assessedOn.toString(),
                    round.number(),
                    round.startsOn().toString(),
                    round.endsOn().toString()));
        }
        if (assessedOn != null && displacedOn != null && displacedOn.isAfter(assessedOn)) {
            violations.add(new Violation("displacedOn", "displacement.rule.displaced-after-assessed"));
        }
        return violations;
    }
}
