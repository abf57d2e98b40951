package org.pravaas.governance.budget;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.pravaas.governance.MemberStates;
import org.pravaas.governance.budget.BudgetLines.Assessment;
import org.pravaas.governance.budget.BudgetLines.StatementLine;
import org.pravaas.governance.budget.BudgetLines.YearSummary;
import org.pravaas.shared.web.Csv;
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

/** The budget pages: summaries per year, one year's budget, members' statements and payments. */
@Controller
@RequestMapping("/governance")
class BudgetController {
    private final BudgetService budget;
    private final MemberStates members;

    BudgetController(BudgetService budget, MemberStates members) {
        this.budget = budget;
        this.members = members;
    }

    @GetMapping("/budget")
    String summaries(Model model) {
        var years = budget.summaries();
        model.addAttribute("years", years);
        if (!model.containsAttribute("adoption")) {
            int next = years.isEmpty()
                    ? java.time.LocalDate.now().getYear()
                    : years.get(0).year() + 1;
            model.addAttribute("adoption", new BudgetCommand(next, null, null));
        }
        return "governance/budgets";
    }

    @PostMapping("/budget")
    String adopt(
            @Valid @ModelAttribute("adoption") BudgetCommand adoption,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var saved = Forms.attempt(result, () -> budget.adopt(adoption));
        if (saved.isPresent()) {
            Forms.flash(redirect, "governance.budget.adopted");
            return "redirect:/governance/budget/" + adoption.year();
        }
        return summaries(model);
    }

    @GetMapping("/budget/summary.csv")
    void summariesCsv(HttpServletResponse response) throws IOException {
        try (Csv csv = Csv.download(response, "budget-summary.csv")) {
            csv.row(List.of("year", "currency", "administrative", "assessed", "received", "members", "voluntary_usd"));
            for (YearSummary y : budget.summaries()) {
                csv.row(Arrays.asList(
                        y.year(),
                        y.currency(),
                        y.administrative().toPlainString(),
                        y.assessed().toPlainString(),
                        y.received().toPlainString(),
                        y.members(),
                        y.voluntaryUsd().toPlainString()));
            }
        }
    }

    @GetMapping("/budget/{year}")
    String year(@PathVariable int year, Model model) {
        model.addAttribute("year", budget.year(year));
        if (!model.containsAttribute("pledge")) {
            model.addAttribute("pledge", VoluntaryCommand.blank());
        }
        return "governance/budget";
    }

    @PostMapping("/budget/{year}/voluntary")
    String contribute(
            @PathVariable int year,
            @Valid @ModelAttribute("pledge") VoluntaryCommand pledge,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, () -> budget.contribute(year, pledge)).isPresent()) {
            Forms.flash(redirect, "governance.voluntary.recorded");
            return "redirect:/governance/budget/" + year;
        }
        return year(year, model);
    }

    @GetMapping("/budget/{year}/scale.csv")
    void scaleCsv(@PathVariable int year, HttpServletResponse response) throws IOException {
        BudgetYear y = budget.year(year);
        try (Csv csv = Csv.download(response, "scale-of-assessment-" + year + ".csv")) {
            csv.row(List.of("year", "country", "percentage", "amount", "currency"));
            for (Assessment a : y.scale()) {
                csv.row(Arrays.asList(
                        a.year(),
                        a.country(),
                        a.percentage().toPlainString(),
                        a.amount().toPlainString(),
                        y.budget().currency()));
            }
        }
    }

    @GetMapping("/members/{code}/statement")
    String statement(@PathVariable String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("stateName", new org.pravaas.governance.membership.Countries().name(code));
        model.addAttribute("lines", budget.statement(code));
        model.addAttribute("payments", budget.payments(code));
        model.addAttribute("right", members.votingRight(code, java.time.LocalDate.now()));
        if (!model.containsAttribute("payment")) {
            model.addAttribute("payment", PaymentCommand.blank(code));
        }
        return "governance/statement";
    }

    @GetMapping("/members/{code}/statement.csv")
    void statementCsv(@PathVariable String code, HttpServletResponse response) throws IOException {
        try (Csv csv = Csv.download(response, "statement-" + code + ".csv")) {
            csv.row(List.of("country", "year", "assessed_chf", "paid_chf", "balance_chf"));
            for (StatementLine l : budget.statement(code)) {
                csv.row(Arrays.asList(
                        code,
                        l.year(),
                        l.assessed().toPlainString(),
                        l.paid().toPlainString(),
                        l.balance().toPlainString()));
            }
        }
    }

    @PostMapping("/members/{code}/payments")
    String pay(
            @PathVariable String code,
            @Valid @ModelAttribute("payment") PaymentCommand payment,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var saved = Forms.attempt(result, () -> budget.record(payment));
        if (saved.isPresent()) {
            Forms.flash(redirect, "governance.payment.recorded");
            return "redirect:/governance/members/" + code + "/statement";
        }
        return statement(code, model);
    }
}
