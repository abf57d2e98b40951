package org.pravaas.governance.organ;

import java.util.ArrayList;
import java.util.List;
import org.pravaas.shared.RuleViolation.Violation;

/**
 * An elected term is valid when the organ has elected seats and exists for the whole term, the
 * state is a member when it begins, no term of the same state on the same organ (the same seat)
 * overlaps it, and a seat is free for it.
 */
public class SeatTermPolicy {

    /** What the policy needs to know about the organ and its other terms. */
    public record Context(Organ organ, List<SeatTerm> sameSeat, int heldAtStart, boolean memberAtStart) {}

    public List<Violation> check(SeatTermCommand term, Context context) {
        List<Violation> violations = new ArrayList<>();
        Organ organ = context.organ();
        if (term.to().isBefore(term.from())) {
            violations.add(new Violation("to", "governance.term.ends-before-start"));
            return violations;
        }
        if (!organ.isElected()) {
            violations.add(new Violation("", "governance.term.open-organ"));
        }
        if (!organ.existsOn(term.from()) || !organ.existsOn(term.to())) {
            violations.add(new Violation("", "governance.term.outside-organ", organ.from(), organ.lastDay()));
        }
        if (!context.memberAtStart()) {
            violations.add(new Violation("country", "governance.term.not-member", term.country(), term.from()));
        }
        context.sameSeat().stream()
                .findFirst()
                .ifPresent(t -> violations.add(new Violation("from", "governance.term.overlap", t.from(), t.to())));
        if (organ.isElected() && context.sameSeat().isEmpty() && context.heldAtStart() >= organ.seats()) {
            violations.add(new Violation("from", "governance.term.no-free-seat", organ.seats(), term.from()));
        }
        return violations;
    }
}
