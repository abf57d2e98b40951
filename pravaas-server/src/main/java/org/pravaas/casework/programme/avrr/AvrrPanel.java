package org.pravaas.casework.programme.avrr;

import java.util.List;
import org.pravaas.casework.CasePanel;
import org.pravaas.casework.CaseSummary;
import org.springframework.stereotype.Component;

/** The plan, assistance with totals per currency, and monitoring visits on an AVRR case's page. */
@Component
public class AvrrPanel implements CasePanel {
    private final AvrrService avrr;
    private final Monitoring monitoring;

    AvrrPanel(AvrrService avrr, Monitoring monitoring) {
        this.avrr = avrr;
        this.monitoring = monitoring;
    }

    /** What the panel shows, and the active indicators its visit form asks. */
    public record Model(AvrrService.Overview reintegration, List<Visit> visits, List<Indicator> indicators) {
        public List<AssistanceLine.Type> types() {
            return List.of(AssistanceLine.Type.values());
        }
    }

    @Override
    public String programme() {
        return AvrrService.PROGRAMME;
    }

    @Override
    public String titleKey() {
        return "avrr.panel.title";
    }

    @Override
    public String template() {
        return "casework/programme/avrr";
    }

    @Override
    public Object model(CaseSummary kase) {
        return new Model(
                avrr.view(kase.id().value()),
                monitoring.visits(kase.id().value()),
                monitoring.indicators().stream().filter(Indicator::active).toList());
    }
}
