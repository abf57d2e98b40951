package org.pravaas.skills.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.pravaas.shared.web.Forms;
import org.pravaas.skills.orientation.OrientationService;
import org.pravaas.skills.orientation.SessionCommand;
import org.pravaas.skills.placement.PlacementService;
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

/** Pre-departure orientation: the sessions, and each session's register of attendance. */
@Controller
@RequestMapping("/skills/orientation")
class OrientationController {
    private final OrientationService orientation;
    private final PlacementService placements;
    private final PersonNames names;

    OrientationController(OrientationService orientation, PlacementService placements, PersonNames names) {
        this.orientation = orientation;
        this.placements = placements;
        this.names = names;
    }

    @GetMapping
    String sessions(Model model) {
        model.addAttribute("sessions", orientation.sessions());
        model.addAttribute("mayWrite", placements.mayWrite(null));
        if (!model.containsAttribute("form")) model.addAttribute("form", SessionCommand.blank());
        return "skills/orientation";
    }

    @PostMapping
    String plan(
            @Valid @ModelAttribute("form") SessionCommand form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var saved = Forms.attempt(result, () -> orientation.plan(form));
        if (saved.isPresent()) {
            Forms.flash(redirect, "skills.orientation.planned");
            return "redirect:/skills/orientation/" + saved.get().id();
        }
        return sessions(model);
    }

    @GetMapping("/{id}")
    String session(@PathVariable UUID id, Model model) {
        var view = orientation.view(id);
        var persons = new java.util.ArrayList<UUID>();
        view.attendees().forEach(a -> persons.add(a.personId()));
        view.eligible().forEach(a -> persons.add(a.personId()));
        model.addAttribute("view", view);
        model.addAttribute("s", view.session());
        model.addAttribute("names", names.of(persons));
        model.addAttribute("mayWrite", placements.mayWrite(null));
        return "skills/session";
    }

    @PostMapping("/{id}/attendees")
    String register(@PathVariable UUID id, @RequestParam UUID profileId, RedirectAttributes redirect) {
        Refusals.attempt(redirect, "skills.orientation.registered", () -> orientation.register(id, profileId));
        return "redirect:/skills/orientation/" + id;
    }

    @PostMapping("/{id}/attendees/{profile}")
    String mark(
            @PathVariable UUID id,
            @PathVariable UUID profile,
            @RequestParam boolean attended,
            RedirectAttributes redirect) {
        Refusals.attempt(redirect, "skills.orientation.marked", () -> orientation.mark(id, profile, attended));
        return "redirect:/skills/orientation/" + id;
    }
}
