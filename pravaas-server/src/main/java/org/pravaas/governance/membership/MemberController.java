package org.pravaas.governance.membership;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.pravaas.governance.MemberState;
import org.pravaas.governance.MembershipStatus;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.pravaas.shared.web.Csv;
import org.pravaas.shared.web.Forms;
import org.pravaas.shared.web.Htmx;
import org.pravaas.shared.web.ListState;
import org.springframework.context.MessageSource;
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
 * The member states as of a day: the list, its CSV, admitting a state, and granting and ending
 * the observer status of organisations.
 */
@Controller
@RequestMapping("/governance/members")
class MemberController {
    private final MemberList list;
    private final MembershipService memberships;
    private final Countries countries;
    private final MessageSource messages;
    private final ObserverOrganisationService observers;

    MemberController(
            MemberList list,
            MembershipService memberships,
            Countries countries,
            MessageSource messages,
            ObserverOrganisationService observers) {
        this.list = list;
        this.memberships = memberships;
        this.countries = countries;
        this.messages = messages;
        this.observers = observers;
    }

    @GetMapping
    String list(MemberQuery query, HttpServletRequest request, Model model) {
        ListState state = ListState.of(request);
        model.addAttribute("list", state);
        model.addAttribute("filter", query);
        model.addAttribute("asOf", query.day());
        model.addAttribute("states", list.find(query, state.request()));
        model.addAttribute("statuses", MembershipStatus.values());
        model.addAttribute("organisations", observers.on(query.day()));
        model.mergeAttributes(Map.of("form", MembershipCommand.blank(), "observer", ObserverCommand.blank()));
        model.addAttribute("allCountries", countries.all());
        return Htmx.view(request, "governance/members", "results");
    }

    @GetMapping("/export.csv")
    void export(MemberQuery query, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        List<MemberState> rows = list.find(query, ListState.of(request).request());
        try (Csv csv = Csv.download(response, "members-" + query.day() + ".csv")) {
            csv.row(List.of("as_of", "country", "name", "status", "since", "may_vote", "arrears_chf", "threshold_chf"));
            for (MemberState m : rows) {
                csv.row(Arrays.asList(
                        query.day(),
                        m.country(),
                        countries.name(m.country()),
                        messages.getMessage(m.status().messageKey(), null, locale),
                        m.since(),
                        m.votingRight().mayVote(),
                        m.votingRight().arrears().toPlainString(),
                        m.votingRight().threshold().toPlainString()));
            }
        }
    }

    @PostMapping
    String admit(
            @Valid @ModelAttribute("form") MembershipCommand form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        var saved = Forms.attempt(result, () -> memberships.admit(form));
        if (saved.isPresent()) {
            Forms.flash(redirect, "governance.membership.recorded");
            return "redirect:/governance/members/" + form.country() + "?asOf=" + form.from();
        }
        return list(new MemberQuery(LocalDate.now(), null, null), request, model);
    }

    @PostMapping("/observer-organisations")
    String register(
            @Valid @ModelAttribute("observer") ObserverCommand observer,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, () -> observers.register(observer)).isPresent()) {
            Forms.flash(redirect, "governance.observer-organisation.registered");
            return "redirect:/governance/members?asOf=" + observer.from();
        }
        return list(new MemberQuery(LocalDate.now(), null, null), request, model);
    }

    @PostMapping("/observer-organisations/{id}/end")
    String endObserverStatus(
            @PathVariable UUID id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            observers.end(id, new ObserverEndCommand(lastDay));
            Forms.flash(redirect, "governance.observer-organisation.ended");
        } catch (RuleViolation e) {
            refuse(redirect, e, locale);
        }
        return "redirect:/governance/members";
    }

    @PostMapping("/{code}/withdrawal")
    String withdraw(
            @PathVariable String code,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effective,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            memberships.withdraw(code, effective);
            Forms.flash(redirect, "governance.membership.withdrawn");
        } catch (RuleViolation e) {
            refuse(redirect, e, locale);
        }
        return "redirect:/governance/members/" + code;
    }

    private void refuse(RedirectAttributes redirect, RuleViolation e, Locale locale) {
        Violation v = e.violations().get(0);
        redirect.addFlashAttribute("refusal", messages.getMessage(v.messageKey(), v.args(), locale));
    }
}
