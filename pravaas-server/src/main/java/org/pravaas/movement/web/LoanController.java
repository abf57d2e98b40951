package org.pravaas.movement.web;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.movement.loan.Loan;
import org.pravaas.movement.loan.LoanService;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Travel loans: the ageing report, a loan's statement, repayments and approved adjustments. */
@Controller
class LoanController {
    private final LoanService loans;
    private final Travellers travellers;

    LoanController(LoanService loans, Travellers travellers) {
        this.loans = loans;
        this.travellers = travellers;
    }

    @GetMapping("/movements/loans")
    String ageing(Model model) {
        model.addAttribute("loans", loans.ageing());
        return "movement/loans";
    }

    @GetMapping("/movements/loans/{id}")
    String page(@PathVariable UUID id, Model model) {
        var s = loans.statement(id);
        model.addAttribute("s", s);
        model.addAttribute("name", travellers.nameOf(s.loan().personId()));
        return "movement/loan";
    }

    @PostMapping("/movements/loans/{id}/sign")
    String sign(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        return attempt(() -> loans.sign(id), id, "movement.loan.signed", model, redirect);
    }

    @PostMapping("/movements/loans/{id}/repay")
    String repay(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable BigDecimal amount,
            @RequestParam(required = false) @Nullable String currency,
            Model model,
            RedirectAttributes redirect) {
        return attempt(() -> loans.repay(id, amount, currency), id, "movement.loan.repaid", model, redirect);
    }

    @PostMapping("/movements/loans/{id}/adjust")
    String adjust(
            @PathVariable UUID id,
            @RequestParam Loan.Kind kind,
            @RequestParam(required = false) @Nullable BigDecimal amount,
            @RequestParam(required = false) @Nullable String reason,
            Model model,
            RedirectAttributes redirect) {
        return attempt(() -> loans.askAdjustment(id, kind, amount, reason), id, "movement.loan.asked", model, redirect);
    }

    @PostMapping("/movements/loans/{id}/approvals/{approval}")
    String decide(
            @PathVariable UUID id,
            @PathVariable UUID approval,
            @RequestParam boolean approve,
            Model model,
            RedirectAttributes redirect) {
        return attempt(() -> loans.decide(approval, approve), id, "movement.loan.decided", model, redirect);
    }

    private String attempt(Runnable action, UUID id, String flash, Model model, RedirectAttributes redirect) {
        try {
            action.run();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.violations());
            return page(id, model);
        }
        Forms.flash(redirect, flash);
        return "redirect:/movements/loans/" + id;
    }
}
