package org.pravaas.casework.programme.avrr;

import java.util.List;
import org.pravaas.casework.CaseSummary;
import org.pravaas.casework.TransitionGuard;
import org.pravaas.shared.RuleViolation;
import org.springframework.stereotype.Component;

/** An AVRR case is closed from monitoring only after at least one monitoring visit. */
@Component
class AvrrGuard implements TransitionGuard {
    private final Monitoring monitoring;

    AvrrGuard(Monitoring monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public String programme() {
        return AvrrService.PROGRAMME;
    }

    @Override
    public List<RuleViolation> check(CaseSummary kase, String fromStage, String toStage) {
        if (fromStage.equals("monitoring")
                && toStage.equals("closed")
                && monitoring.visitCount(kase.id().value()) == 0) {
            return List.of(new RuleViolation(toStage, "avrr.guard.visit"));
        }
        return List.of();
    }
}
