package org.pravaas.organization.office;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pravaas.organization.reference.ReferenceData;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.stereotype.Component;

/**
 * Where an office may stand in the tree and what makes its details valid: headquarters at the
 * root, regional offices under it, missions under either, sub-offices under missions; no
 * office under its own subtree; real countries, languages and time zones; closing after opening.
 */
@Component
class OfficeHierarchyPolicy {
    private final ReferenceData reference;

    OfficeHierarchyPolicy(ReferenceData reference) {
        this.reference = reference;
    }

    List<Violation> check(OfficeCommand c, Optional<Office> parent, Optional<Office> self) {
        List<Violation> violations = new ArrayList<>();
        if (!c.type().mayBeUnder(parent.map(Office::type).orElse(null))) {
            violations.add(new Violation("parentId", "office.parent.not-allowed"));
        }
        if (self.isPresent()
                && parent.isPresent()
                && parent.get().path().startsWith(self.get().path())) {
            violations.add(new Violation("parentId", "office.parent.cycle"));
        }
        if (c.closedOn() != null && c.closedOn().isBefore(c.openedOn())) {
            violations.add(new Violation("closedOn", "office.closed.before-opened"));
        }
        if (!reference.isCountry(c.country())) {
            violations.add(new Violation("country", "validation.country"));
        }
        c.languages().stream()
                .filter(code -> !reference.isLanguage(code))
                .findFirst()
                .ifPresent(code -> violations.add(new Violation("languages", "validation.language", code)));
        if (!isZone(c.timeZone())) {
            violations.add(new Violation("timeZone", "validation.time-zone"));
        }
        return violations;
    }

    private static boolean isZone(String id) {
        try {
            ZoneId.of(id);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
