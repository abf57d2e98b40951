package org.pravaas.organization.partner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.organization.Access;
import org.pravaas.organization.office.OfficeService;
import org.pravaas.organization.reference.ReferenceData;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.web.Forms;
import org.pravaas.shared.web.Htmx;
import org.pravaas.shared.web.ListState;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** The partner pages; contacts and agreements are added in place with htmx. */
@Controller
@RequestMapping("/admin/partners")
class PartnerController {
    private final PartnerService partners;
    private final OfficeService offices;
    private final ReferenceData reference;
    private final Access access;

    PartnerController(PartnerService partners, OfficeService offices, ReferenceData reference, Access access) {
        this.partners = partners;
        this.offices = offices;
        this.reference = reference;
        this.access = access;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable PartnerType type,
            @RequestParam(required = false) @Nullable String country,
            HttpServletRequest request,
            Model model) {
        ListState state = ListState.of(request);
        model.addAttribute("list", state);
        model.addAttribute("type", type);
        model.addAttribute("country", country);
        model.addAttribute("page", partners.search(type, country, state.request()));
        model.addAttribute("types", PartnerType.values());
        return Htmx.view(request, "organization/partners", "results");
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        return details(id, model, blankContact(), blankAgreement());
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(model, PartnerCommand.blank(access.current().officeId().value()), null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") PartnerCommand form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var saved = Forms.attempt(result, () -> partners.register(form));
        if (saved.isPresent()) {
            Forms.flash(redirect, "partner.created");
            return "redirect:/admin/partners/" + saved.get().id();
        }
        return form(model, form, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Partner partner = partners.get(id).partner();
        return form(model, PartnerCommand.of(partner), partner);
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable UUID id,
            @RequestParam long version,
            @Valid @ModelAttribute("form") PartnerCommand form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Partner current = partners.get(id).partner();
        var saved = Forms.attempt(result, () -> partners.change(id, version, form));
        if (saved.isPresent()) {
            Forms.flash(redirect, "partner.saved");
            return "redirect:/admin/partners/" + id;
        }
        return form(model, form, current);
    }

    @PostMapping("/{id}/contacts")
    String addContact(
            @PathVariable UUID id,
            @Valid @ModelAttribute("contact") Contact contact,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        if (!result.hasErrors()) {
            partners.addContact(id, contact);
            contact = blankContact();
        }
        details(id, model, contact, blankAgreement());
        return Htmx.view(request, "organization/partner", "contacts");
    }

    @PostMapping("/{id}/agreements")
    String addAgreement(
            @PathVariable UUID id,
            @Valid @ModelAttribute("agreement") Agreement agreement,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        if (!result.hasErrors()) {
            try {
                partners.addAgreement(id, agreement);
                agreement = blankAgreement();
            } catch (RuleViolation e) {
                Forms.reject(result, e);
            }
        }
        details(id, model, blankContact(), agreement);
        return Htmx.view(request, "organization/partner", "agreements");
    }

    private String details(UUID id, Model model, Contact contact, Agreement agreement) {
        model.addAttribute("details", partners.get(id));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("agreementTypes", AgreementType.values());
        if (!model.containsAttribute("contact")) {
            model.addAttribute("contact", contact);
        }
        if (!model.containsAttribute("agreement")) {
            model.addAttribute("agreement", agreement);
        }
        return "organization/partner";
    }

    private String form(Model model, PartnerCommand form, @Nullable Partner partner) {
        model.addAttribute("form", form);
        model.addAttribute("partner", partner);
        model.addAttribute("types", PartnerType.values());
        model.addAttribute("offices", offices.inScope());
        model.addAttribute("countries", reference.countries(LocaleContextHolder.getLocale()));
        return "organization/partner-form";
    }

    private static Contact blankContact() {
        return new Contact(null, "", "", "", "");
    }

    private static Agreement blankAgreement() {
        return new Agreement(null, AgreementType.MEMORANDUM_OF_UNDERSTANDING, "", LocalDate.now(), null);
    }
}
