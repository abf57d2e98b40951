package org.pravaas.health.web;

import jakarta.servlet.http.HttpServletRequest;
import org.pravaas.health.access.GlassReport;
import org.pravaas.organization.OfficeDirectory;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.web.Forms;
import org.pravaas.shared.web.Htmx;
import org.pravaas.shared.web.ListState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The health lead's break-the-glass report, and the administrators' page naming the leads. */
@Controller("healthGlassController")
class GlassController {
    private final GlassReport report;
    private final OfficeDirectory offices;

    GlassController(GlassReport report, OfficeDirectory offices) {
        this.report = report;
        this.offices = offices;
    }

    @GetMapping("/health/glass")
    String glass(HttpServletRequest request, Model model) {
        ListState list = ListState.of(request);
        model.addAttribute("list", list);
        model.addAttribute("page", report.forLead(list.request()));
        model.addAttribute("offices", offices);
        return Htmx.view(request, "health/glass", "results");
    }

    @GetMapping("/health/leads")
    String leads(Model model) {
        model.addAttribute("leads", report.leads());
        model.addAttribute("offices", offices);
        return "health/leads";
    }

    @PostMapping("/health/leads")
    String designate(
            @RequestParam(defaultValue = "") String office,
            @RequestParam(defaultValue = "") String username,
            Model model,
            RedirectAttributes redirect) {
        try {
            report.designate(office, username);
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.violations());
            model.addAttribute("office", office);
            model.addAttribute("username", username);
            return leads(model);
        }
        Forms.flash(redirect, "health.lead.designated");
        return "redirect:/health/leads";
    }
}
