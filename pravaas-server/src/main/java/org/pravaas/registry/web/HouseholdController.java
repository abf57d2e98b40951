package org.pravaas.registry.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.registry.household.HouseholdService;
import org.pravaas.registry.household.MemberCommand;
import org.pravaas.registry.household.Relationship;
import org.pravaas.shared.RuleViolation;
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

/** Households: the list, opening one, and members joining and leaving. */
@Controller
@RequestMapping("/registry/households")
class HouseholdController {
    private final HouseholdService households;

    HouseholdController(HouseholdService households) {
        this.households = households;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String q, Model model) {
        model.addAttribute("households", households.search(q));
        model.addAttribute("q", q);
        return "registry/households";
    }

    @PostMapping
    String open(@RequestParam String name, RedirectAttributes redirect) {
        try {
            UUID id = households.open(name);
            Forms.flash(redirect, "registry.household.opened");
            return "redirect:/registry/households/" + id;
        } catch (RuleViolation e) {
            Forms.flash(redirect, e.violations().get(0).messageKey());
            return "redirect:/registry/households";
        }
    }

    @GetMapping("/{id}")
    String household(@PathVariable UUID id, Model model) {
        model.addAttribute("household", households.find(id));
        model.addAttribute("relationships", Relationship.values());
        if (!model.containsAttribute("member")) {
            model.addAttribute("member", new MemberCommand("", Relationship.CHILD, LocalDate.now()));
        }
        if (!model.containsAttribute("childHeads")) model.addAttribute("childHeads", List.of());
        return "registry/household";
    }

    @PostMapping("/{id}/members")
    String addMember(
            @PathVariable UUID id,
            @Valid @ModelAttribute("member") MemberCommand member,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var warnings = Forms.attempt(result, () -> households.addMember(id, member));
        if (warnings.isEmpty()) return household(id, model);
        Forms.flash(redirect, "registry.household.member-added");
        redirect.addFlashAttribute(
                "childHeads",
                warnings.get().stream().map(w -> String.valueOf(w.args()[0])).toList());
        return "redirect:/registry/households/" + id;
    }

    @PostMapping("/{id}/members/{person}/leave")
    String leave(
            @PathVariable UUID id,
            @PathVariable UUID person,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn,
            RedirectAttributes redirect) {
        try {
            households.endMembership(id, person, leftOn);
            Forms.flash(redirect, "registry.household.member-left");
        } catch (RuleViolation e) {
            Forms.flash(redirect, e.violations().get(0).messageKey());
        }
        return "redirect:/registry/households/" + id;
    }
}
