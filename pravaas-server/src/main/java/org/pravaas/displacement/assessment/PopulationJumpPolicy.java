package org.pravaas.displacement.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.RuleViolation.Violation;

/**
 * A site's population rarely multiplies or collapses between two rounds; when it does by more
 * than the operation's factor, the enumerator says why in a comment (a new influx, a
 * relocation), so the figure is not taken for a typing error.
 */
public class PopulationJumpPolicy {
    public List<Violation> check(OptionalInt previous, int current, BigDecimal factor, @Nullable String comment) {
        if (previous.isEmpty() || previous.getAsInt() == 0 || (comment != null && !comment.isBlank())) {
            return List.of();
        }
        double before = previous.getAsInt();
        double f = factor.doubleValue();
        if (current > before * f || current * f < before) {
            return List.of(new Violation(
                    "comment",
                    "displacement.rule.jump-needs-comment",
                    previous.getAsInt(),
                    current,
                    factor.toPlainString()));
        }
        return List.of();
    }
}
