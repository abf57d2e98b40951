package org.pravaas.governance.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.governance.organ.DissolutionCommand;
import org.pravaas.governance.organ.HeadCommand;
import org.pravaas.governance.organ.Leadership;
import org.pravaas.governance.organ.LeadershipService;
import org.pravaas.governance.organ.NameCommand;
import org.pravaas.governance.organ.Organ;
import org.pravaas.governance.organ.OrganCommand;
import org.pravaas.governance.organ.OrganKind;
import org.pravaas.governance.organ.OrganLifecycleService;
import org.pravaas.governance.organ.OrganService;
import org.pravaas.governance.organ.SeatTermCommand;
import org.pravaas.governance.session.Session;
import org.pravaas.governance.session.SessionCommand;
import org.pravaas.governance.session.SessionService;
import org.pravaas.shared.web.Forms;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * The organs: their list with the organisation's leaders and names, one organ's composition on a
 * day, and the forms that create and dissolve organs and rename the organisation.
 */
@Controller
@RequestMapping("/governance/organs")
class OrganController {
    private final OrganService organs;
    private final Leadership leadership;
    private final SessionService sessions;
    private final LeadershipService appointments;
    private final OrganLifecycleService lifecycle;

    OrganController(
            OrganService organs,
            Leadership leadership,
            SessionService sessions,
            LeadershipService appointments,
            OrganLifecycleService lifecycle) {
        this.organs = organs;
        this.leadership = leadership;
        this.sessions = sessions;
        this.appointments = appointments;
        this.lifecycle = lifecycle;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("organs", organs.all());
        model.addAttribute("heads", leadership.heads());
        model.addAttribute("names", leadership.names());
        model.addAttribute("kinds", OrganKind.values());
        model.mergeAttributes(
                Map.of("head", HeadCommand.blank(), "newOrgan", OrganCommand.blank(), "newName", NameCommand.blank()));
        return "governance/organs";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("newOrgan") OrganCommand organ,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var saved = Forms.attempt(result, () -> lifecycle.create(organ));
        if (saved.isPresent()) {
            Forms.flash(redirect, "governance.organ.created");
            return "redirect:/governance/organs/" + saved.get().id();
        }
        return list(model);
    }

    @PostMapping("/names")
    String rename(
            @Valid @ModelAttribute("newName") NameCommand name,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, () -> appointments.rename(name)).isPresent()) {
            Forms.flash(redirect, "governance.name.recorded");
            return "redirect:/governance/organs";
        }
        return list(model);
    }

    @PostMapping("/heads")
    String appoint(
            @Valid @ModelAttribute("head") HeadCommand head,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, () -> appointments.appoint(head)).isPresent()) {
            Forms.flash(redirect, "governance.head.appointed");
            return "redirect:/governance/organs";
        }
        return list(model);
    }

    @GetMapping("/{id}")
    String show(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            Model model) {
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        Organ organ = organs.get(id);
        model.addAttribute("organ", organ);
        model.addAttribute("asOf", day);
        model.addAttribute("composition", organs.compositionOn(organ, day));
        model.addAttribute("terms", organs.terms(id));
        var held = sessions.ofOrgan(id);
        model.addAttribute("sessions", held);
        model.mergeAttributes(Map.of("term", SeatTermCommand.blank(), "dissolution", DissolutionCommand.blank()));
        if (!model.containsAttribute("session")) {
            int next = held.stream().mapToInt(Session::number).max().orElse(0) + 1;
            LocalDate start = LocalDate.now().plusMonths(1);
            model.addAttribute(
                    "session", new SessionCommand(organ.id(), next, false, start, start.plusDays(2), "Geneva", null));
        }
        return "governance/organ";
    }

    @PostMapping("/{id}/terms")
    String elect(
            @PathVariable UUID id,
            @Valid @ModelAttribute("term") SeatTermCommand term,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var saved = Forms.attempt(result, () -> organs.elect(id, term));
        if (saved.isPresent()) {
            Forms.flash(redirect, "governance.term.recorded");
            return "redirect:/governance/organs/" + id + "?asOf=" + term.from();
        }
        return show(id, term.from(), model);
    }

    @PostMapping("/{id}/dissolution")
    String dissolve(
            @PathVariable UUID id,
            @Valid @ModelAttribute("dissolution") DissolutionCommand dissolution,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, () -> lifecycle.dissolve(id, dissolution)).isPresent()) {
            Forms.flash(redirect, "governance.organ.dissolved");
            return "redirect:/governance/organs/" + id + "?asOf=" + dissolution.lastDay();
        }
        return show(id, null, model);
    }

    @PostMapping("/{id}/sessions")
    String convene(
            @PathVariable UUID id,
            @Valid @ModelAttribute("session") SessionCommand session,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var saved = Forms.attempt(result, () -> sessions.convene(session));
        if (saved.isPresent()) {
            Forms.flash(redirect, "governance.session.convened");
            return "redirect:/governance/sessions/" + saved.get().id();
        }
        return show(id, null, model);
    }
}
