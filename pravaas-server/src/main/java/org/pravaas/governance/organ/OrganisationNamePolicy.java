package org.pravaas.governance.organ;

import java.util.Comparator;
import java.util.List;
import org.pravaas.shared.RuleViolation.Violation;

/**
 * The organisation bears one name at a time: a new name starts after the latest name began,
 * and not before a latest name that has already ended stopped being used.
 */
public class OrganisationNamePolicy {

    public List<Violation> check(NameCommand c, List<OrganisationName> names) {
        return names.stream()
                .max(Comparator.comparing(OrganisationName::from))
                .filter(latest -> !c.from().isAfter(latest.from())
                        || (latest.until() != null && c.from().isBefore(latest.until())))
                .map(latest -> List.of(new Violation("from", "governance.name.overlap", latest.name(), latest.from())))
                .orElse(List.of());
    }
}
