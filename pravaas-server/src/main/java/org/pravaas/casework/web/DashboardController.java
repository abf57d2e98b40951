package org.pravaas.casework.web;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.dashboard.CaseDashboard;
import org.pravaas.casework.definition.Definitions;
import org.pravaas.organization.OfficeDirectory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard of a programme in an office (or the user's whole scope). */
@Controller("caseworkDashboardController")
class DashboardController {
    private final CaseDashboard dashboard;
    private final Definitions definitions;
    private final OfficeDirectory offices;

    DashboardController(CaseDashboard dashboard, Definitions definitions, OfficeDirectory offices) {
        this.dashboard = dashboard;
        this.definitions = definitions;
        this.offices = offices;
    }

    @GetMapping("/cases/dashboard")
    String dashboard(
            @RequestParam(defaultValue = "resettlement") String programme,
            @RequestParam(required = false) @Nullable String office,
            Model model) {
        UUID officeId = office == null || office.isBlank()
                ? null
                : offices.byCode(office.strip().toUpperCase(Locale.ROOT))
                        .map(o -> o.value())
                        .orElse(new UUID(0, 0));
        model.addAttribute("figures", dashboard.of(programme, officeId));
        model.addAttribute("definition", definitions.current(programme));
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        model.addAttribute("programmes", definitions.programmes());
        model.addAttribute("programme", programme);
        model.addAttribute("office", office == null ? "" : office);
        return "casework/dashboard";
    }
}
