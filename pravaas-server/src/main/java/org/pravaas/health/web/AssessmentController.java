package org.pravaas.health.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.pravaas.health.Fitness;
import org.pravaas.health.assessment.AssessmentForm;
import org.pravaas.health.assessment.AssessmentService;
import org.pravaas.health.assessment.AssessmentService.AssessmentView;
import org.pravaas.health.assessment.Findings;
import org.pravaas.health.assessment.LabResultCommand;
import org.pravaas.health.clearance.ClearanceService;
import org.pravaas.health.clearance.DecisionCommand;
import org.pravaas.health.clearance.FitToTravelPolicy;
import org.pravaas.health.clearance.HoldService;
import org.pravaas.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An assessment: its findings form, laboratory results, and the fit-to-travel decision. */
@Controller("healthAssessmentController")
@RequestMapping("/health/assessments/{id}")
class AssessmentController {
    private final AssessmentService assessments;
    private final ClearanceService clearances;
    private final HoldService holds;
    private final Clock clock;

    AssessmentController(AssessmentService assessments, ClearanceService clearances, HoldService holds, Clock clock) {
        this.assessments = assessments;
        this.clearances = clearances;
        this.holds = holds;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable UUID id, Model model) {
        AssessmentView v = assessments.view(id);
        model.addAttribute("v", v);
        model.addAttribute("a", v.assessment());
        if (!model.containsAttribute("form"))
            model.addAttribute("form", v.assessment().findings());
        if (!model.containsAttribute("version"))
            model.addAttribute("version", v.assessment().version());
        if (!model.containsAttribute("lab")) model.addAttribute("lab", LabResultCommand.blank());
        if (!model.containsAttribute("decision")) model.addAttribute("decision", DecisionCommand.blank());
        model.addAttribute("onHold", holds.onHold(v.assessment().personId()));
        model.addAttribute(
                "missing",
                FitToTravelPolicy.requiredResults(
                        v.assessment().findings(), v.profile(), v.person().birthDate(), LocalDate.now(clock)));
        model.addAttribute("xrays", Findings.Xray.values());
        model.addAttribute("smears", Findings.Smear.values());
        model.addAttribute("cultures", Findings.Culture.values());
        model.addAttribute("dsts", Findings.Dst.values());
        model.addAttribute("tbClasses", Findings.TbClass.values());
        model.addAttribute("pregnancies", Findings.Pregnancy.values());
        model.addAttribute("mentalHealths", Findings.MentalHealth.values());
        model.addAttribute("fitnesses", Fitness.values());
        model.addAttribute(
                "decisions",
                clearances.decisionsOf(v.assessment().personId()).stream()
                        .filter(d -> d.assessmentId().equals(id))
                        .toList());
        return "health/assessment";
    }

    @PostMapping
    String save(
            @PathVariable UUID id,
            @RequestParam long version,
            @Valid @ModelAttribute("form") AssessmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, () -> assessments.save(id, version, form)).isPresent()) {
            Forms.flash(redirect, "health.assessment.saved");
            return "redirect:/health/assessments/" + id;
        }
        model.addAttribute("version", version);
        return page(id, model);
    }

    @PostMapping("/labs")
    String addLab(
            @PathVariable UUID id,
            @Valid @ModelAttribute("lab") LabResultCommand lab,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, () -> assessments.addLab(id, lab)).isPresent()) {
            Forms.flash(redirect, "health.lab.added");
            return "redirect:/health/assessments/" + id;
        }
        return page(id, model);
    }

    @PostMapping("/decision")
    String decide(
            @PathVariable UUID id,
            @Valid @ModelAttribute("decision") DecisionCommand decision,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, () -> clearances.decide(id, decision.fitness(), decision.conditions()))
                .isPresent()) {
            Forms.flash(redirect, "health.decision.issued");
            return "redirect:/health/assessments/" + id;
        }
        return page(id, model);
    }

    @PostMapping("/cancel")
    String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
        assessments.cancel(id);
        Forms.flash(redirect, "health.assessment.cancelled-flash");
        return "redirect:/health/assessments/" + id;
    }
}
