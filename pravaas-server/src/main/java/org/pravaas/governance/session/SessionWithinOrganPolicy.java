package org.pravaas.governance.session;

import java.util.ArrayList;
import java.util.List;
import org.pravaas.governance.organ.Organ;
import org.pravaas.shared.RuleViolation.Violation;

/**
 * A session meets while its organ exists, ends on or after the day it starts, and takes a
 * number its organ has not used.
 */
public class SessionWithinOrganPolicy {
    public List<Violation> check(SessionCommand c, Organ organ, boolean numberTaken) {
        List<Violation> violations = new ArrayList<>();
        if (c.endsOn().isBefore(c.startsOn())) {
            violations.add(new Violation("endsOn", "governance.session.ends-before-start"));
        }
        if (!organ.existsOn(c.startsOn()) || !organ.existsOn(c.endsOn())) {
            violations.add(new Violation(
                    "startsOn",
                    "governance.session.outside-organ",
                    organ.names().english(),
                    organ.from(),
                    organ.lastDay()));
        }
        if (numberTaken) {
            violations.add(new Violation("number", "governance.session.number-taken", c.number()));
        }
        return violations;
    }
}
