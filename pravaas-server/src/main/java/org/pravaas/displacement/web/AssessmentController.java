package org.pravaas.displacement.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.displacement.assessment.AssessmentCommand;
import org.pravaas.displacement.assessment.AssessmentKind;
import org.pravaas.displacement.assessment.AssessmentService;
import org.pravaas.displacement.assessment.DisplacementReason;
import org.pravaas.displacement.location.Sites;
import org.pravaas.displacement.operation.Operation;
import org.pravaas.displacement.operation.OperationService;
import org.pravaas.displacement.operation.Operations;
import org.pravaas.displacement.operation.Round;
import org.pravaas.shared.NotFoundException;
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

/** A round's assessments, and the form an enumerator fills for one site or area. */
@Controller
@RequestMapping("/displacement/operations/{id}")
class AssessmentController {
    private final OperationService operations;
    private final Operations rounds;
    private final AssessmentService assessments;
    private final Sites sites;

    AssessmentController(OperationService operations, Operations rounds, AssessmentService assessments, Sites sites) {
        this.operations = operations;
        this.rounds = rounds;
        this.assessments = assessments;
        this.sites = sites;
    }

    @GetMapping("/rounds/{number}")
    String round(@PathVariable UUID id, @PathVariable int number, Model model) {
        Operation op = operations.get(id);
        Round round = rounds.round(id, number).orElseThrow(() -> new NotFoundException("round", number));
        model.addAttribute("op", op);
        model.addAttribute("r", round);
        model.addAttribute("lines", assessments.ofRound(round));
        model.addAttribute("mayEnter", operations.mayEnter(op) && !round.published());
        return "displacement/round";
    }

    @GetMapping("/assessments/new")
    String form(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID round, Model model) {
        Operation op = operations.get(id);
        operations.requireEnter(op);
        model.addAttribute("op", op);
        model.addAttribute(
                "rounds",
                operations.rounds(op).stream().filter(r -> !r.published()).toList());
        model.addAttribute("kinds", AssessmentKind.values());
        model.addAttribute("reasons", DisplacementReason.values());
        model.addAttribute("siteList", sites.inCountry(op.admin0Id()));
        if (!model.containsAttribute("assessment")) {
            model.addAttribute("assessment", AssessmentCommand.blank(round));
        }
        return "displacement/assessment";
    }

    @PostMapping("/assessments")
    String enter(
            @PathVariable UUID id,
            @Valid @ModelAttribute("assessment") AssessmentCommand assessment,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var saved = Forms.attempt(result, () -> assessments.enter(assessment));
        if (saved.isPresent()) {
            Forms.flash(redirect, "displacement.assessment.saved");
            int number = rounds.round(java.util.Objects.requireNonNull(assessment.roundId()))
                    .map(Round::number)
                    .orElse(1);
            return "redirect:/displacement/operations/" + id + "/rounds/" + number;
        }
        return form(id, assessment.roundId(), model);
    }
}
