package org.pravaas.shared;

import java.util.List;

/**
 * A business rule refused a command. Each {@link Violation} names the field (or empty for the
 * whole command), a message key and its arguments, so forms and the API can say what is wrong
 * and where, in the user's language.
 */
public class RuleViolation extends RuntimeException {
    private final List<Violation> violations;

    public RuleViolation(List<Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public RuleViolation(String field, String messageKey, Object... args) {
        this(List.of(new Violation(field, messageKey, args)));
    }

    public List<Violation> violations() {
        return violations;
    }

    public record Violation(String field, String messageKey, Object... args) {
        @Override
        public String toString() {
            return field + ":" + messageKey;
        }
    }
}
