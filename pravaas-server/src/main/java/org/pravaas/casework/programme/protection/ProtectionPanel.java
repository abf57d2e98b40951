package org.pravaas.casework.programme.protection;

import org.pravaas.casework.CasePanel;
import org.pravaas.casework.CaseSummary;
import org.springframework.stereotype.Component;

/**
 * Identification, risk and services on a protection case's page. The engine renders it only
 * after its own restricted read of the case succeeded, so the panel reads the tables directly.
 */
@Component
public class ProtectionPanel implements CasePanel {
    private final ProtectionService protection;

    ProtectionPanel(ProtectionService protection) {
        this.protection = protection;
    }

    @Override
    public String programme() {
        return ProtectionService.PROGRAMME;
    }

    @Override
    public String titleKey() {
        return "protection.panel.title";
    }

    @Override
    public String template() {
        return "casework/programme/protection";
    }

    @Override
    public Object model(CaseSummary kase) {
        return protection.view(kase.id().value());
    }
}
