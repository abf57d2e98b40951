package org.pravaas.displacement.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.pravaas.displacement.assessment.DisplacementEvents;
import org.pravaas.displacement.assessment.DisplacementReason;
import org.pravaas.displacement.assessment.EventCommand;
import org.pravaas.displacement.operation.Operation;
import org.pravaas.displacement.operation.OperationService;
import org.pravaas.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reporting a sudden displacement event. */
@Controller
@RequestMapping("/displacement/operations/{id}/events")
class EventController {
    private final OperationService operations;
    private final DisplacementEvents events;

    EventController(OperationService operations, DisplacementEvents events) {
        this.operations = operations;
        this.events = events;
    }

    @GetMapping("/new")
    String form(@PathVariable UUID id, Model model) {
        Operation op = operations.get(id);
        operations.requireEnter(op);
        model.addAttribute("op", op);
        model.addAttribute("reasons", DisplacementReason.values());
        if (!model.containsAttribute("event")) {
            model.addAttribute("event", EventCommand.blank());
        }
        return "displacement/event";
    }

    @PostMapping
    String report(
            @PathVariable UUID id,
            @Valid @ModelAttribute("event") EventCommand event,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, () -> events.report(id, event)).isPresent()) {
            Forms.flash(redirect, "displacement.event.reported");
            return "redirect:/displacement/operations/" + id;
        }
        return form(id, model);
    }
}
