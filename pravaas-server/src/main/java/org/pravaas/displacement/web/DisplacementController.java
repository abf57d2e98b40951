package org.pravaas.displacement.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.pravaas.displacement.figures.Dashboard;
import org.pravaas.displacement.figures.DashboardFigures;
import org.pravaas.displacement.location.AdminArea;
import org.pravaas.displacement.location.AdminAreas;
import org.pravaas.displacement.operation.Operation;
import org.pravaas.displacement.operation.OperationCommand;
import org.pravaas.displacement.operation.OperationService;
import org.pravaas.displacement.operation.RoundCommand;
import org.pravaas.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operations, each operation's dashboard with its rounds, and the in-app help. */
@Controller
@RequestMapping("/displacement")
class DisplacementController {
    private final OperationService operations;
    private final DashboardFigures figures;
    private final AdminAreas areas;

    DisplacementController(OperationService operations, DashboardFigures figures, AdminAreas areas) {
        this.operations = operations;
        this.figures = figures;
        this.areas = areas;
    }

    @GetMapping
    String operations(Model model) {
        model.addAttribute("operations", operations.all());
        model.addAttribute("mayCreate", operations.mayPublish());
        if (!model.containsAttribute("operation")) {
            model.addAttribute("operation", OperationCommand.blank());
        }
        return "displacement/operations";
    }

    @PostMapping("/operations")
    String create(
            @Valid @ModelAttribute("operation") OperationCommand operation,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var created = Forms.attempt(result, () -> operations.create(operation, this::country));
        if (created.isPresent()) {
            Forms.flash(redirect, "displacement.operation.created");
            return "redirect:/displacement/operations/" + created.get().id();
        }
        return operations(model);
    }

    /** The id of a country (level-0 area) by P-code, or -1. */
    private int country(String pcode) {
        return areas.byPcode(pcode.strip())
                .filter(a -> a.level() == 0)
                .map(AdminArea::id)
                .orElse(-1);
    }

    @GetMapping("/help")
    String help() {
        return "displacement/help";
    }

    @GetMapping("/operations/{id}")
    String dashboard(@PathVariable UUID id, Model model) {
        Operation op = operations.get(id);
        model.addAttribute("op", op);
        model.addAttribute("rounds", operations.rounds(op));
        model.addAttribute("mayEnter", operations.mayEnter(op));
        model.addAttribute("mayPublish", operations.mayPublish());
        if (!model.containsAttribute("round")) {
            model.addAttribute("round", new RoundCommand(operations.rounds(op).size() + 1, null, null));
        }
        return "displacement/dashboard";
    }

    @GetMapping("/operations/{id}/dashboard.json")
    @ResponseBody
    Dashboard dashboardData(@PathVariable UUID id) {
        Operation op = operations.get(id);
        return figures.of(op.id(), operations.seesDrafts(op));
    }

    @PostMapping("/operations/{id}/rounds")
    String openRound(
            @PathVariable UUID id,
            @Valid @ModelAttribute("round") RoundCommand round,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, () -> operations.openRound(id, round)).isPresent()) {
            Forms.flash(redirect, "displacement.round.opened");
            return "redirect:/displacement/operations/" + id;
        }
        return dashboard(id, model);
    }

    @PostMapping("/rounds/{round}/publish")
    String publish(@PathVariable UUID round, RedirectAttributes redirect) {
        var published = operations.publish(round);
        Forms.flash(redirect, "displacement.round.published");
        return "redirect:/displacement/operations/" + published.operationId();
    }
}
