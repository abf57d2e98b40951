package org.pravaas.governance.organ;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pravaas.shared.RuleViolation.Violation;

/**
 * An organ's existence is one period: a new organ takes a code no other organ has and ends no
 * earlier than it begins; dissolving it closes an open existence no earlier than its first day
 * and no earlier than the last day of its sessions and elected terms, so none falls outside it.
 */
public class OrganExistencePolicy {

    public List<Violation> checkNew(OrganCommand c, boolean codeTaken) {
        List<Violation> violations = new ArrayList<>();
        if (codeTaken) {
            violations.add(new Violation("code", "governance.organ.code-taken", c.code()));
        }
        if (c.to() != null && c.to().isBefore(c.from())) {
            violations.add(new Violation("to", "governance.organ.ends-before-start"));
        }
        return violations;
    }

    /**
     * @param lastBusiness the last day of the organ's latest session or elected term, if any
     */
    public List<Violation> checkDissolution(Organ organ, LocalDate lastDay, Optional<LocalDate> lastBusiness) {
        if (organ.until() != null) {
            return List.of(new Violation("lastDay", "governance.organ.already-dissolved", organ.lastDay()));
        }
        if (lastDay.isBefore(organ.from())) {
            return List.of(new Violation("lastDay", "governance.organ.dissolved-before-start", organ.from()));
        }
        return lastBusiness
                .filter(lastDay::isBefore)
                .map(day -> List.of(new Violation("lastDay", "governance.organ.business-after", day)))
                .orElse(List.of());
    }
}
