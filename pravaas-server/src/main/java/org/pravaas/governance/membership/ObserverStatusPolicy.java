package org.pravaas.governance.membership;

import java.time.LocalDate;
import java.util.List;
import org.pravaas.governance.membership.ObserverOrganisations.ObserverOrganisation;
import org.pravaas.shared.RuleViolation.Violation;

/**
 * An organisation holds observer status in periods that never overlap; a status ends once, on
 * or after the day it began.
 */
public class ObserverStatusPolicy {

    /** @param samePeriods the periods of status of the organisation of the same name */
    public List<Violation> checkNew(ObserverCommand c, List<ObserverOrganisation> samePeriods) {
        return samePeriods.stream()
                .filter(o -> o.until() == null || c.from().isBefore(o.until()))
                .findFirst()
                .map(o ->
                        List.of(new Violation("from", "governance.observer-organisation.overlap", o.name(), o.from())))
                .orElse(List.of());
    }

    public List<Violation> checkEnd(ObserverOrganisation status, LocalDate lastDay) {
        if (status.until() != null) {
            return List.of(
                    new Violation("lastDay", "governance.observer-organisation.already-ended", status.lastDay()));
        }
        if (lastDay.isBefore(status.from())) {
            return List.of(
                    new Violation("lastDay", "governance.observer-organisation.ends-before-start", status.from()));
        }
        return List.of();
    }
}
