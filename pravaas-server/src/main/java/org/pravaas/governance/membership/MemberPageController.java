package org.pravaas.governance.membership;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.pravaas.governance.MemberStates;
import org.pravaas.governance.budget.BudgetService;
import org.pravaas.governance.organ.OrganService;
import org.pravaas.governance.session.ResolutionService;
import org.pravaas.shared.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** One state's page: its standing and voting right on a day, its history, seats, votes and account. */
@Controller
@RequestMapping("/governance/members/{code}")
class MemberPageController {
    private final MemberStates members;
    private final MembershipService memberships;
    private final OrganService organs;
    private final ResolutionService resolutions;
    private final BudgetService budget;
    private final Countries countries = new Countries();

    MemberPageController(
            MemberStates members,
            MembershipService memberships,
            OrganService organs,
            ResolutionService resolutions,
            BudgetService budget) {
        this.members = members;
        this.memberships = memberships;
        this.organs = organs;
        this.resolutions = resolutions;
        this.budget = budget;
    }

    @GetMapping
    String show(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            Model model) {
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        var history = memberships.history(code);
        if (!Countries.isCountry(code) || history.isEmpty()) {
            throw new NotFoundException("state", code);
        }
        model.addAttribute("code", code);
        model.addAttribute("stateName", countries.name(code));
        model.addAttribute("asOf", day);
        model.addAttribute("state", members.state(code, day).orElse(null));
        model.addAttribute("right", members.votingRight(code, day));
        model.addAttribute("history", history);
        model.addAttribute("organs", organs.all());
        model.addAttribute("terms", organs.termsOf(code));
        model.addAttribute("votes", resolutions.castBy(code));
        model.addAttribute("statement", budget.statement(code));
        return "governance/member";
    }
}
