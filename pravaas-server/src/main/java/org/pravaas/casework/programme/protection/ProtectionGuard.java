package org.pravaas.casework.programme.protection;

import java.util.List;
import org.pravaas.casework.CaseSummary;
import org.pravaas.casework.TransitionGuard;
import org.pravaas.shared.RuleViolation;
import org.springframework.stereotype.Component;

/** A protection case leaves identification only once identified, and risk assessment only once assessed. */
@Component
class ProtectionGuard implements TransitionGuard {
    private final Identifications identifications;
    private final Safeguards safeguards;

    ProtectionGuard(Identifications identifications, Safeguards safeguards) {
        this.identifications = identifications;
        this.safeguards = safeguards;
    }

    @Override
    public String programme() {
        return ProtectionService.PROGRAMME;
    }

    @Override
    public List<RuleViolation> check(CaseSummary kase, String fromStage, String toStage) {
        if (toStage.equals("closed")) return List.of();
        if (fromStage.equals("identification")
                && identifications.find(kase.id().value()).isEmpty()) {
            return List.of(new RuleViolation(toStage, "protection.guard.identification"));
        }
        if (fromStage.equals("risk_assessment")
                && safeguards.risks(kase.id().value()).isEmpty()) {
            return List.of(new RuleViolation(toStage, "protection.guard.risk"));
        }
        return List.of();
    }
}
