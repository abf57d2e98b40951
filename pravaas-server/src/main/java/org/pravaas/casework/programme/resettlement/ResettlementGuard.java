package org.pravaas.casework.programme.resettlement;

import java.util.List;
import java.util.Optional;
import org.pravaas.casework.CaseSummary;
import org.pravaas.casework.TransitionGuard;
import org.pravaas.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * A case leaves {@code submission} only once submitted, and {@code decision} only with the
 * country's decision, which must agree with the way out: accepted to pre-departure, not accepted
 * to not_accepted. Withdrawing is always allowed.
 */
@Component
class ResettlementGuard implements TransitionGuard {
    private final Submissions submissions;

    ResettlementGuard(Submissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public String programme() {
        return ResettlementService.PROGRAMME;
    }

    @Override
    public List<RuleViolation> check(CaseSummary kase, String fromStage, String toStage) {
        if (toStage.equals("withdrawn")) return List.of();
        Optional<Submission> s = submissions.find(kase.id().value());
        if (fromStage.equals("submission") && s.isEmpty()) {
            return List.of(new RuleViolation(toStage, "resettlement.guard.submission"));
        }
        if (fromStage.equals("decision")) {
            if (s.isEmpty() || s.get().decision() == null) {
                return List.of(new RuleViolation(toStage, "resettlement.guard.decision"));
            }
            boolean accepted = s.get().accepted();
            if (toStage.equals("not_accepted") == accepted) {
                return List.of(new RuleViolation(toStage, "resettlement.guard.decision-disagrees"));
            }
        }
        return List.of();
    }
}
