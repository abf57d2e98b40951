package org.pravaas.registry.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.pravaas.organization.reference.ReferenceData;
import org.pravaas.registry.matching.Candidate;
import org.pravaas.registry.matching.Registration;
import org.pravaas.registry.matching.Registration.NeedsDecision;
import org.pravaas.registry.matching.Registration.Registered;
import org.pravaas.registry.mrz.Mrz;
import org.pravaas.registry.mrz.MrzException;
import org.pravaas.registry.person.DocumentKind;
import org.pravaas.registry.person.MaritalStatus;
import org.pravaas.registry.person.NameKind;
import org.pravaas.registry.person.Person;
import org.pravaas.registry.person.PersonCommand.NameInput;
import org.pravaas.registry.person.PersonDirectory;
import org.pravaas.registry.person.PersonService;
import org.pravaas.registry.person.Sex;
import org.pravaas.registry.person.Vulnerability;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.StaleUpdateException;
import org.pravaas.shared.web.Forms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering a person and editing one. As the registrar types, the form asks for likely
 * duplicates (htmx); on save, likely duplicates stop the registration until the registrar opens
 * the existing person or confirms that this is someone new.
 */
@Controller
@RequestMapping("/registry")
class RegistrationController {
    private final Registration registration;
    private final PersonService persons;
    private final PersonDirectory directory;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final Clock clock;

    RegistrationController(
            Registration registration,
            PersonService persons,
            PersonDirectory directory,
            ReferenceData reference,
            MessageSource messages,
            Clock clock) {
        this.registration = registration;
        this.persons = persons;
        this.directory = directory;
        this.reference = reference;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/new")
    String form(Model model, java.util.Locale locale) {
        model.addAttribute("form", PersonForm.blank());
        return page(model, locale, null);
    }

    /** The candidates panel, refreshed while the registrar types. */
    @PostMapping("/new/candidates")
    String candidates(@ModelAttribute("form") PersonForm form, BindingResult ignored, Model model) {
        List<Candidate> found = List.of();
        try {
            if (!form.command().names().stream().allMatch(NameInput::isBlank)) {
                found = registration.candidates(form.command(), form.documents());
            }
        } catch (RuntimeException e) {
            // Half-typed input (a date not finished, say) has no candidates yet.
            found = List.of();
        }
        model.addAttribute("candidates", found);
        model.addAttribute("decisionRequired", false);
        return "registry/register :: candidates";
    }

    @PostMapping("/new")
    String register(
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult result,
            Model model,
            java.util.Locale locale,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var outcome = registration.register(form.command(), form.documents(), form.confirmed());
                if (outcome instanceof Registered r) {
                    Forms.flash(redirect, "registry.registered");
                    return "redirect:/registry/persons/" + r.person().id();
                }
                model.addAttribute("candidates", ((NeedsDecision) outcome).candidates());
                model.addAttribute("decisionRequired", true);
            } catch (RuleViolation e) {
                reject(result, e);
            }
        }
        return page(model, locale, null);
    }

    /** Reads the machine-readable zone pasted into the form and fills the form from it. */
    @PostMapping("/mrz")
    String readZone(@ModelAttribute("form") PersonForm form, BindingResult result, Model model, Locale locale) {
        try {
            Mrz mrz = Mrz.parse(form.mrz() == null ? "" : form.mrz(), LocalDate.now(clock));
            model.addAttribute("form", MrzFill.fill(form, mrz));
            model.addAttribute("mrzFilled", true);
        } catch (MrzException e) {
            Object[] args = e.messageArgs(f -> messages.getMessage(f.messageKey(), null, locale));
            result.rejectValue("mrz", e.messageKey(), args, e.messageKey());
        }
        return page(model, locale, null);
    }

    @GetMapping("/persons/{id}/edit")
    String edit(@PathVariable UUID id, Model model, java.util.Locale locale) {
        Person p = directory.view(id).person();
        model.addAttribute("form", PersonForm.of(p));
        return page(model, locale, p);
    }

    @PostMapping("/persons/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult result,
            Model model,
            java.util.Locale locale,
            RedirectAttributes redirect) {
        Person current = directory.view(id).person();
        if (!result.hasErrors()) {
            try {
                List<NameInput> kept = current.names().stream()
                        .filter(n -> n.kind() == NameKind.ALIAS || n.kind() == NameKind.PREVIOUS)
                        .map(n -> new NameInput(n.kind(), n.given(), n.middle(), n.family(), n.father()))
                        .toList();
                persons.update(id, form.expectedVersion(), form.command().withMoreNames(kept));
                Forms.flash(redirect, "registry.updated");
                return "redirect:/registry/persons/" + id;
            } catch (RuleViolation e) {
                reject(result, e);
            } catch (StaleUpdateException e) {
                result.reject("form.stale");
            }
        }
        return page(model, locale, current);
    }

    private String page(Model model, java.util.Locale locale, @org.jspecify.annotations.Nullable Person person) {
        model.addAttribute("person", person);
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("maritalStatuses", MaritalStatus.values());
        model.addAttribute("vulnerabilityChoices", Vulnerability.values());
        model.addAttribute("documentKinds", DocumentKind.values());
        model.addAttribute("countries", reference.countries(locale));
        model.addAttribute("languageChoices", reference.languages(locale));
        if (!model.containsAttribute("candidates")) model.addAttribute("candidates", List.of());
        if (!model.containsAttribute("decisionRequired")) model.addAttribute("decisionRequired", false);
        return "registry/register";
    }

    static void reject(BindingResult result, RuleViolation e) {
        List<RuleViolation.Violation> mapped = e.violations().stream()
                .map(v -> new RuleViolation.Violation(
                        PersonForm.FIELDS.getOrDefault(v.field(), v.field()), v.messageKey(), v.args()))
                .toList();
        Forms.reject(result, new RuleViolation(mapped));
    }
}
