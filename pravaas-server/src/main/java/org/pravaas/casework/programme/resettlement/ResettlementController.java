package org.pravaas.casework.programme.resettlement;

import java.time.LocalDate;
import java.time.Year;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.programme.PanelForms;
import org.pravaas.casework.programme.ProgrammeLeads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The quota table, and the submission and decision forms of the case panel. */
@Controller
class ResettlementController {
    private final ResettlementService service;
    private final ProgrammeLeads leads;
    private final PanelForms forms;

    ResettlementController(ResettlementService service, ProgrammeLeads leads, PanelForms forms) {
        this.service = service;
        this.leads = leads;
        this.forms = forms;
    }

    @GetMapping("/casework/programmes/resettlement/quotas")
    String quotas(@RequestParam(required = false) @Nullable Integer year, Model model) {
        int y = year == null ? Year.now().getValue() : year;
        model.addAttribute("year", y);
        model.addAttribute("lines", service.quotas(y));
        model.addAttribute("lead", leads.leads(ResettlementService.PROGRAMME));
        return "casework/programme/quotas";
    }

    @PostMapping("/casework/programmes/resettlement/quotas")
    String setQuota(
            @RequestParam(required = false) @Nullable String country,
            @RequestParam int year,
            @RequestParam(required = false) @Nullable Integer quota,
            @RequestParam(defaultValue = "0") long version,
            RedirectAttributes redirect) {
        return forms.attempt(
                "/casework/programmes/resettlement/quotas?year=" + year,
                () -> service.setQuota(country, year, quota, version),
                "resettlement.quota.saved",
                redirect);
    }

    @PostMapping("/cases/{id}/resettlement/submission")
    String submit(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate submittedOn,
            RedirectAttributes redirect) {
        CaseId c = new CaseId(id);
        return forms.attempt(
                c, () -> service.submit(c, country, submittedOn), "resettlement.submission.saved", redirect);
    }

    @PostMapping("/cases/{id}/resettlement/decision")
    String decide(
            @PathVariable UUID id,
            @RequestParam(required = false) Submission.@Nullable Decision decision,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate decidedOn,
            @RequestParam(defaultValue = "0") long version,
            RedirectAttributes redirect) {
        CaseId c = new CaseId(id);
        return forms.attempt(
                c, () -> service.decide(c, decision, decidedOn, version), "resettlement.decision.saved", redirect);
    }
}
