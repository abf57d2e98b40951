package org.pravaas.governance.session;

import java.util.ArrayList;
import java.util.List;
import org.pravaas.governance.VotingRight;
import org.pravaas.shared.RuleViolation.Violation;

/**
 * A vote counts only on a resolution adopted by vote, and only from a state that had the right
 * to vote on the day of adoption: a member, not in arrears of two years' contributions.
 */
public class VotePolicy {
    public List<Violation> check(Resolution resolution, VotingRight right) {
        List<Violation> violations = new ArrayList<>();
        if (resolution.adoption() != Resolution.Adoption.VOTE) {
            violations.add(new Violation("", "governance.vote.by-consensus"));
        }
        if (!right.mayVote()) {
            violations.add(new Violation(
                    "country",
                    right.reasonKey().replace("governance.rights.", "governance.vote.refused."),
                    right.country(),
                    resolution.adoptedOn(),
                    right.arrears(),
                    right.threshold()));
        }
        return violations;
    }
}
