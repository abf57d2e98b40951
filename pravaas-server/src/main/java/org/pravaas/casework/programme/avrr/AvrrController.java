package org.pravaas.casework.programme.avrr;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.programme.PanelForms;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The AVRR panel's forms: plan, assistance lines, and monitoring visits. */
@Controller
class AvrrController {
    private final AvrrService avrr;
    private final MonitoringService monitoring;
    private final PanelForms forms;

    AvrrController(AvrrService avrr, MonitoringService monitoring, PanelForms forms) {
        this.avrr = avrr;
        this.monitoring = monitoring;
        this.forms = forms;
    }

    @PostMapping("/cases/{id}/avrr/plan")
    String plan(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String goals,
            @RequestParam(required = false) @Nullable String needs,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate agreedOn,
            @RequestParam(defaultValue = "0") long version,
            RedirectAttributes redirect) {
        CaseId c = new CaseId(id);
        return forms.attempt(c, () -> avrr.savePlan(c, goals, needs, agreedOn, version), "avrr.plan.saved", redirect);
    }

    @PostMapping("/cases/{id}/avrr/assistance")
    String assist(
            @PathVariable UUID id,
            @RequestParam(required = false) AssistanceLine.@Nullable Type type,
            @RequestParam(required = false) @Nullable BigDecimal amount,
            @RequestParam(required = false) @Nullable String currency,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate plannedOn,
            RedirectAttributes redirect) {
        CaseId c = new CaseId(id);
        return forms.attempt(
                c, () -> avrr.plan(c, type, amount, currency, plannedOn), "avrr.assistance.saved", redirect);
    }

    @PostMapping("/cases/{id}/avrr/assistance/{line}")
    String settle(
            @PathVariable UUID id,
            @PathVariable UUID line,
            @RequestParam AssistanceLine.Status status,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate deliveredOn,
            @RequestParam long version,
            RedirectAttributes redirect) {
        CaseId c = new CaseId(id);
        return forms.attempt(
                c, () -> avrr.settle(c, line, status, deliveredOn, version), "avrr.assistance.saved", redirect);
    }

    @PostMapping("/cases/{id}/avrr/visits")
    String visit(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate visitedOn,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        CaseId c = new CaseId(id);
        Map<String, Integer> answers = answers(request);
        return forms.attempt(c, () -> monitoring.record(c, visitedOn, answers), "avrr.visit.saved", redirect);
    }

    /** The answers arrive as {@code answer.<code>} fields; unreadable ones are left out and refused as missing. */
    private static Map<String, Integer> answers(HttpServletRequest request) {
        Map<String, Integer> answers = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("answer.")
                    && values.length > 0
                    && values[0].strip().matches("\\d{1,2}")) {
                answers.put(name.substring("answer.".length()), Integer.parseInt(values[0].strip()));
            }
        });
        return answers;
    }
}
