package org.pravaas.casework;

import java.util.List;
import org.pravaas.shared.RuleViolation;

/**
 * A programme's rule on a stage change, checked by the engine inside the transition's transaction
 * together with the definition's own rules (allowed transitions, required fields, approvals).
 */
public interface TransitionGuard {
    /** The programme code whose cases the guard applies to. */
    String programme();

    /** Empty when allowed; otherwise the reasons (field = the target stage, message key + args). */
    List<RuleViolation> check(CaseSummary kase, String fromStage, String toStage);
}
