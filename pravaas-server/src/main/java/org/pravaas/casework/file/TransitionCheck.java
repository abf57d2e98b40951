package org.pravaas.casework.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pravaas.casework.TransitionGuard;
import org.pravaas.casework.definition.Definition;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every rule a stage change must pass, in one place: the definition allows it, the fields required
 * to leave the stage (and by the transition) are filled, no health hold blocks a movement stage, and
 * the programme's own guards agree. Each refusal names the target stage (or the missing field).
 */
@Component
class TransitionCheck {
    /**
     * Stages at which a case travels, each with the stage its case moves to when the movement
     * completes: a resettled family arrives, a returnee starts on the reintegration plan. Entering
     * one asks the movement module for a movement; a health hold on anyone the case covers blocks it.
     */
    static final Map<String, String> MOVEMENT_STAGES =
            Map.of("ready_for_movement", "arrived", "return_travel", "reintegration_plan");

    private final CaseParts parts;
    private final List<TransitionGuard> guards;

    TransitionCheck(CaseParts parts, List<TransitionGuard> guards) {
        this.parts = parts;
        this.guards = List.copyOf(guards);
    }

    /** The transition, once every rule passed; otherwise a RuleViolation with every reason. */
    Definition.Transition check(CaseFile c, Definition d, String to) {
        String from = c.summary().stage();
        Definition.Transition t = d.transition(from, to)
                .orElseThrow(() -> new RuleViolation(
                        "to",
                        "casework.transition.not-allowed",
                        d.stageName(from, LocaleContextHolder.getLocale()),
                        d.stageName(to, LocaleContextHolder.getLocale())));
        List<Violation> problems = new ArrayList<>();
        Map<String, String> values = parts.values(c.summary().id().value());
        for (String field : d.requiredToLeave(from, t)) {
            if (!values.containsKey(field)) {
                String label = d.field(field)
                        .map(f -> f.label(LocaleContextHolder.getLocale()))
                        .orElse(field);
                problems.add(new Violation(field, "casework.transition.field-required", label));
            }
        }
        if (MOVEMENT_STAGES.containsKey(to)
                && parts.onHealthHold(c.summary().id().value())) {
            problems.add(new Violation("to", "casework.transition.health-hold"));
        }
        for (TransitionGuard guard : guards) {
            if (guard.programme().equals(c.summary().programme())) {
                guard.check(c.summary(), from, to).forEach(v -> problems.addAll(v.violations()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        return t;
    }
}
