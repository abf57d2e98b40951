package org.pravaas.displacement.assessment;

import java.util.ArrayList;
import java.util.List;
import org.pravaas.shared.RuleViolation.Violation;

/**
 * Breakdowns add up to the total: population groups (IDPs, returnees, refugees, host) and the
 * six sex-and-age cells each sum to the individuals counted, and no household is empty.
 */
public class BreakdownPolicy {
    public List<Violation> check(AssessmentCommand a) {
        List<Violation> violations = new ArrayList<>();
        int individuals = AssessmentCommand.n(a.individuals());
        if (a.groupSum() != individuals) {
            violations.add(new Violation("idps", "displacement.rule.groups-add-up", a.groupSum(), individuals));
        }
        if (a.sexAgeSum() != individuals) {
            violations.add(
                    new Violation("femaleChildren", "displacement.rule.sex-age-add-up", a.sexAgeSum(), individuals));
        }
        if (AssessmentCommand.n(a.households()) > individuals) {
            violations.add(
                    new Violation("households", "displacement.rule.households-exceed", a.households(), individuals));
        }
        return violations;
    }
}
