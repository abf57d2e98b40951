package org.pravaas.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.dashboard.CaseDashboard;
import org.pravaas.casework.definition.Definition;
import org.pravaas.casework.definition.Definitions;
import org.pravaas.organization.OfficeDirectory;
import org.pravaas.shared.web.TableFile;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard of a programme in an office (or the user's whole scope), on screen and as CSV or Excel. */
@Controller("caseworkDashboardController")
class DashboardController {
    private static final List<String> HEADER = List.of(
            "stage", "stage_name", "open_cases", "days_in_stage_now", "completed_stays", "average_days", "median_days");
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
        model.addAttribute("figures", dashboard.of(programme, officeId(office)));
        model.addAttribute("definition", definitions.current(programme));
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        model.addAttribute("programmes", definitions.programmes());
        model.addAttribute("programme", programme);
        model.addAttribute("office", office == null ? "" : office);
        return "casework/dashboard";
    }

    @GetMapping("/cases/dashboard.{format:csv|xlsx}")
    void export(
            HttpServletResponse response,
            @PathVariable String format,
            @RequestParam(defaultValue = "resettlement") String programme,
            @RequestParam(required = false) @Nullable String office)
            throws IOException {
        List<List<Object>> rows = rows(programme, office);
        try (TableFile out = TableFile.download(response, "dashboard-" + programme, format)) {
            out.row(HEADER);
            for (List<Object> row : rows) out.row(row);
        }
    }

    /** The stage lines as exported, read before the response starts so a refusal is still an error page. */
    private List<List<Object>> rows(String programme, @Nullable String office) {
        CaseDashboard.Figures figures = dashboard.of(programme, officeId(office));
        Definition definition = definitions.current(programme);
        Locale locale = LocaleContextHolder.getLocale();
        return figures.stages().stream()
                .map(s -> Arrays.<Object>asList(
                        s.stage(),
                        definition.stageName(s.stage(), locale),
                        s.open(),
                        days(s.waitingDays()),
                        s.stays(),
                        days(s.averageDays()),
                        days(s.medianDays())))
                .toList();
    }

    private static BigDecimal days(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    /** The office named by its code, or null for the whole scope; an unknown code matches no office. */
    private @Nullable UUID officeId(@Nullable String office) {
        if (office == null || office.isBlank()) return null;
        return offices.byCode(office).map(o -> o.value()).orElse(new UUID(0, 0));
    }
}
