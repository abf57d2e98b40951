package org.pravaas.skills.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.web.Forms;
import org.pravaas.skills.placement.Outcome;
import org.pravaas.skills.placement.PaymentKind;
import org.pravaas.skills.placement.PlacementCommands;
import org.pravaas.skills.placement.PlacementService;
import org.pravaas.skills.placement.PlacementStatus;
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

/** A placement's page and each step of its life; a refused step shows its reason on its form. */
@Controller
@RequestMapping("/skills/placements")
class PlacementController {
    private final PlacementService placements;
    private final PersonNames names;

    PlacementController(PlacementService placements, PersonNames names) {
        this.placements = placements;
        this.names = names;
    }

    @PostMapping
    String offer(
            @RequestParam UUID openingId,
            @RequestParam UUID profileId,
            @RequestParam java.time.LocalDate startsOn,
            @RequestParam java.time.LocalDate endsOn,
            RedirectAttributes redirect) {
        try {
            var p = placements.offer(new PlacementCommands.Offer(openingId, profileId, startsOn, endsOn));
            Forms.flash(redirect, "skills.placement.offered");
            return "redirect:/skills/placements/" + p.id();
        } catch (RuleViolation e) {
            redirect.addFlashAttribute(Refusals.REFUSAL, e.violations().get(0));
            return "redirect:/skills/openings/" + openingId;
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        var view = placements.view(id);
        model.addAttribute("view", view);
        model.addAttribute("pl", view.placement());
        model.addAttribute(
                "person",
                names.of(List.of(view.placement().personId()))
                        .get(view.placement().personId()));
        model.addAttribute("mayWrite", placements.mayWrite(view.placement()));
        model.addAttribute("kinds", PaymentKind.values());
        model.addAttribute("outcomes", Outcome.values());
        if (!model.containsAttribute("travel")) model.addAttribute("travel", new PlacementCommands.Travel(null, null));
        if (!model.containsAttribute("pay")) model.addAttribute("pay", PlacementCommands.Pay.blank());
        if (!model.containsAttribute("report")) model.addAttribute("report", PlacementCommands.Report.blank());
        if (!model.containsAttribute("evaluation"))
            model.addAttribute("evaluation", PlacementCommands.Evaluate.blank());
        return "skills/placement";
    }

    @PostMapping("/{id}/status")
    String status(@PathVariable UUID id, @RequestParam PlacementStatus status, RedirectAttributes redirect) {
        Refusals.attempt(redirect, "skills.placement.status-saved", () -> placements.move(id, status));
        return "redirect:/skills/placements/" + id;
    }

    @PostMapping("/{id}/travel")
    String travel(
            @PathVariable UUID id,
            @Valid @ModelAttribute("travel") PlacementCommands.Travel travel,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return step(id, result, model, redirect, "skills.travel.requested", () -> placements.requestTravel(id, travel));
    }

    @PostMapping("/{id}/payments")
    String pay(
            @PathVariable UUID id,
            @Valid @ModelAttribute("pay") PlacementCommands.Pay pay,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return step(id, result, model, redirect, "skills.payment.recorded", () -> placements.pay(id, pay));
    }

    @PostMapping("/{id}/reports")
    String report(
            @PathVariable UUID id,
            @Valid @ModelAttribute("report") PlacementCommands.Report report,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return step(id, result, model, redirect, "skills.report.recorded", () -> placements.report(id, report));
    }

    @PostMapping("/{id}/evaluation")
    String evaluate(
            @PathVariable UUID id,
            @Valid @ModelAttribute("evaluation") PlacementCommands.Evaluate evaluation,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return step(
                id, result, model, redirect, "skills.placement.evaluated", () -> placements.evaluate(id, evaluation));
    }

    private String step(
            UUID id, BindingResult result, Model model, RedirectAttributes redirect, String done, Supplier<?> action) {
        Optional<?> saved = Forms.attempt(result, action::get);
        if (saved.isPresent()) {
            Forms.flash(redirect, done);
            return "redirect:/skills/placements/" + id;
        }
        return show(id, model);
    }
}
