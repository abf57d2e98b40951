package org.pravaas.health.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.health.tb.Treatment;
import org.pravaas.health.tb.TreatmentService;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.web.Forms;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A course of directly observed treatment: the daily log and the outcome. */
@Controller("healthTreatmentController")
@RequestMapping("/health/treatments/{id}")
class TreatmentController {
    private final TreatmentService treatments;
    private final Clock clock;

    TreatmentController(TreatmentService treatments, Clock clock) {
        this.treatments = treatments;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("t", treatments.view(id));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("outcomes", Treatment.Outcome.values());
        return "health/treatment";
    }

    @PostMapping("/doses")
    String logDose(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate doseOn,
            @RequestParam(defaultValue = "false") boolean taken,
            Model model,
            RedirectAttributes redirect) {
        return attempt(() -> treatments.logDose(id, doseOn, taken), id, "health.tb.dose-logged", model, redirect);
    }

    @PostMapping("/close")
    String close(
            @PathVariable UUID id,
            @RequestParam(required = false) Treatment.@Nullable Outcome outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endedOn,
            Model model,
            RedirectAttributes redirect) {
        return attempt(() -> treatments.close(id, outcome, endedOn), id, "health.tb.closed", model, redirect);
    }

    private String attempt(Runnable action, UUID id, String flash, Model model, RedirectAttributes redirect) {
        try {
            action.run();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.violations());
            return page(id, model);
        }
        Forms.flash(redirect, flash);
        return "redirect:/health/treatments/" + id;
    }
}
