package org.pravaas.casework.programme.emergency;

import java.util.List;
import org.pravaas.casework.CasePanel;
import org.pravaas.casework.CaseSummary;
import org.springframework.stereotype.Component;

/** The beneficiary's distribution history on an emergency case's page, and the form to distribute. */
@Component
public class EmergencyPanel implements CasePanel {
    private final EmergencyService emergency;
    private final Stock stock;

    EmergencyPanel(EmergencyService emergency, Stock stock) {
        this.emergency = emergency;
        this.stock = stock;
    }

    /** The history, and the sites and active items the form offers. */
    public record Model(List<Distribution> history, List<Site> sites, List<Item> items) {}

    @Override
    public String programme() {
        return EmergencyService.PROGRAMME;
    }

    @Override
    public String titleKey() {
        return "emergency.panel.title";
    }

    @Override
    public String template() {
        return "casework/programme/emergency";
    }

    @Override
    public Object model(CaseSummary kase) {
        return new Model(
                stock.ofCase(kase.id().value()),
                emergency.sites(),
                emergency.items().stream().filter(Item::active).toList());
    }
}
