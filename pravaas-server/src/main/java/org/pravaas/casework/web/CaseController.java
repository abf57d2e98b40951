package org.pravaas.casework.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.file.Approvals;
import org.pravaas.casework.file.Transitions;
import org.pravaas.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case page, and its stage form: values, moves, approvals, assignment, upgrade. */
@Controller
class CaseController {
    private final CasePage page;
    private final Transitions transitions;
    private final Approvals approvals;

    CaseController(CasePage page, Transitions transitions, Approvals approvals) {
        this.page = page;
        this.transitions = transitions;
        this.approvals = approvals;
    }

    @GetMapping("/cases/{id}")
    String page(@PathVariable UUID id, Model model) {
        return page.render(id, model);
    }

    @PostMapping("/cases/{id}/values")
    String save(
            @PathVariable UUID id,
            @RequestParam long version,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return attempt(
                id,
                model,
                redirect,
                "casework.saved",
                () -> transitions.save(new CaseId(id), version, fieldValues(request)));
    }

    @PostMapping("/cases/{id}/move")
    String move(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam String to,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Transitions.Outcome[] outcome = new Transitions.Outcome[1];
        String page = attempt(
                id,
                model,
                redirect,
                "casework.moved",
                () -> outcome[0] = transitions.move(new CaseId(id), version, to, fieldValues(request)));
        if (outcome[0] == Transitions.Outcome.PROPOSED) {
            Forms.flash(redirect, "casework.proposed");
        }
        return page;
    }

    @PostMapping("/cases/{id}/assign")
    String assign(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable String caseworker,
            Model model,
            RedirectAttributes redirect) {
        return attempt(
                id,
                model,
                redirect,
                "casework.assigned",
                () -> transitions.assign(new CaseId(id), version, caseworker));
    }

    @PostMapping("/cases/{id}/upgrade")
    String upgrade(@PathVariable UUID id, @RequestParam long version, Model model, RedirectAttributes redirect) {
        return attempt(id, model, redirect, "casework.upgraded", () -> transitions.upgrade(new CaseId(id), version));
    }

    @PostMapping("/cases/{id}/proposals/{proposal}/approve")
    String approve(@PathVariable UUID id, @PathVariable UUID proposal, Model model, RedirectAttributes redirect) {
        return attempt(id, model, redirect, "casework.approved", () -> approvals.approve(proposal));
    }

    @PostMapping("/cases/{id}/proposals/{proposal}/reject")
    String reject(
            @PathVariable UUID id,
            @PathVariable UUID proposal,
            @RequestParam(required = false) @Nullable String reason,
            Model model,
            RedirectAttributes redirect) {
        return attempt(id, model, redirect, "casework.rejected", () -> approvals.reject(proposal, reason));
    }

    /** The form's {@code field.<code>} parameters, by field code. */
    static Map<String, String> fieldValues(HttpServletRequest request) {
        Map<String, String> values = new HashMap<>();
        request.getParameterMap().forEach((name, given) -> {
            if (name.startsWith("field.") && given.length > 0) {
                values.put(name.substring("field.".length()), given[0]);
            }
        });
        return values;
    }

    private String attempt(UUID id, Model model, RedirectAttributes redirect, String flash, Runnable action) {
        return page.attempt(id, model, redirect, flash, action);
    }
}
