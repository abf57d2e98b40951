package org.pravaas.movement.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.pravaas.movement.cost.CostCommand;
import org.pravaas.movement.cost.CostLedger;
import org.pravaas.movement.cost.CostService;
import org.pravaas.movement.cost.OfficeCost;
import org.pravaas.organization.OfficeDirectory;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.web.Csv;
import org.pravaas.shared.web.Forms;
import org.pravaas.shared.web.Htmx;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The costs section of a movement request, added to and reversed in place, and its CSV exports. */
@Controller
class CostController {
    private final CostService costs;
    private final RequestPage page;
    private final OfficeDirectory offices;
    private final MessageSource messages;

    CostController(CostService costs, RequestPage page, OfficeDirectory offices, MessageSource messages) {
        this.costs = costs;
        this.page = page;
        this.offices = offices;
        this.messages = messages;
    }

    @PostMapping("/movements/requests/{id}/costs")
    String record(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String budgetLine,
            @RequestParam(required = false) @Nullable String amount,
            @RequestParam(required = false) @Nullable String currency,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("costForm", new CostForm(category, budgetLine, amount, currency));
        return attempt(
                () -> costs.record(id, new CostCommand(category, budgetLine, number(amount), currency)),
                id,
                "movement.cost.recorded",
                request,
                model,
                redirect);
    }

    @PostMapping("/movements/requests/{id}/costs/{cost}/reversal")
    String reverse(
            @PathVariable UUID id,
            @PathVariable UUID cost,
            @RequestParam(required = false) @Nullable String reason,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return attempt(() -> costs.reverse(id, cost, reason), id, "movement.cost.reversed", request, model, redirect);
    }

    @GetMapping("/movements/requests/{id}/costs.csv")
    void csv(@PathVariable UUID id, HttpServletResponse response, Locale locale) throws IOException {
        CostLedger ledger = costs.export(id);
        try (Csv csv = Csv.download(response, "movement-costs.csv")) {
            csv.row(headers(
                    locale,
                    "movement.cost.entry",
                    "movement.cost.date",
                    "movement.cost.category",
                    "movement.cost.budget-line",
                    "movement.cost.amount",
                    "movement.money.currency",
                    "movement.cost.by",
                    "movement.cost.reverses",
                    "movement.cost.reason"));
            for (var c : ledger.entries()) {
                csv.row(Arrays.asList(
                        c.id(),
                        c.createdAt().toString(),
                        c.category().name(),
                        c.budgetLine(),
                        c.amount().toPlainString(),
                        c.currency(),
                        c.createdBy(),
                        c.reverses(),
                        c.reason()));
            }
        }
    }

    /** An office's costs by budget line for a period: what finance reconciles against its books. */
    @GetMapping("/movements/costs.csv")
    void officeCsv(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response,
            Locale locale)
            throws IOException {
        List<OfficeCost> rows;
        try {
            rows = costs.byBudgetLine(from, to);
        } catch (RuleViolation e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try (Csv csv = Csv.download(response, "movement-costs-" + from + "-" + to + ".csv")) {
            csv.row(headers(
                    locale,
                    "movement.cost.office",
                    "movement.cost.budget-line",
                    "movement.cost.category",
                    "movement.money.currency",
                    "movement.cost.amount",
                    "movement.cost.entries"));
            for (OfficeCost c : rows) {
                csv.row(List.of(
                        offices.code(c.officeId()),
                        c.budgetLine(),
                        c.category().name(),
                        c.currency(),
                        c.amount().toPlainString(),
                        c.entries()));
            }
        }
    }

    private String attempt(
            Supplier<UUID> action,
            UUID id,
            String done,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        try {
            action.get();
        } catch (RuleViolation e) {
            model.addAttribute("costProblems", e.violations());
            if (!Htmx.isHtmx(request)) return page.render(id, model);
            page.costs(id, model);
            return "movement/costs :: costs";
        }
        if (Htmx.isHtmx(request)) {
            model.asMap().remove("costForm");
            page.costs(id, model);
            model.addAttribute("costDone", done);
            return "movement/costs :: costs";
        }
        Forms.flash(redirect, done);
        return "redirect:/movements/requests/" + id;
    }

    /** What the officer typed, shown again beside the errors. */
    record CostForm(
            @Nullable String category,
            @Nullable String budgetLine,
            @Nullable String amount,
            @Nullable String currency) {}

    /** A number as typed; text that is none is refused as the amount field's error. */
    private static @Nullable BigDecimal number(@Nullable String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation("amount", "movement.cost.amount-number");
        }
    }

    private List<String> headers(Locale locale, String... keys) {
        return Arrays.stream(keys)
                .map(k -> messages.getMessage(k, null, locale))
                .toList();
    }
}
