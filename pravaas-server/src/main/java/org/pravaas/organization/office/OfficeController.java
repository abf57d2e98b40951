package org.pravaas.organization.office;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.organization.reference.ReferenceData;
import org.pravaas.shared.web.Csv;
import org.pravaas.shared.web.Forms;
import org.pravaas.shared.web.Htmx;
import org.pravaas.shared.web.ListState;
import org.springframework.context.MessageSource;
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

/** The office pages: the list (search, filters, sort, pages, CSV), one office, and its form. */
@Controller
@RequestMapping("/admin/offices")
class OfficeController {
    private final OfficeService offices;
    private final ReferenceData reference;
    private final MessageSource messages;

    OfficeController(OfficeService offices, ReferenceData reference, MessageSource messages) {
        this.offices = offices;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping
    String list(Offices.Query query, HttpServletRequest request, Model model) {
        ListState state = ListState.of(request);
        model.addAttribute("list", state);
        model.addAttribute("filter", query);
        model.addAttribute("page", offices.search(query, state.request()));
        model.addAttribute("types", OfficeType.values());
        model.addAttribute(
                "countries", reference.countries(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        return Htmx.view(request, "organization/offices", "results");
    }

    @GetMapping("/export.csv")
    void export(Offices.Query query, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        List<Office> rows = offices.export(query, ListState.of(request).request());
        try (Csv csv = Csv.download(response, "offices.csv")) {
            csv.row(List.of(
                    "code",
                    "name",
                    "type",
                    "parent",
                    "country",
                    "city",
                    "time_zone",
                    "languages",
                    "opened_on",
                    "closed_on"));
            for (Office o : rows) {
                csv.row(java.util.Arrays.asList(
                        o.code(),
                        o.name(),
                        messages.getMessage(o.type().messageKey(), null, locale),
                        o.parentCode(),
                        o.country(),
                        o.city(),
                        o.timeZone(),
                        String.join(" ", o.languages()),
                        o.openedOn(),
                        o.closedOn()));
            }
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("office", offices.get(id));
        model.addAttribute("today", LocalDate.now());
        return "organization/office";
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(model, OfficeCommand.blank(), null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") OfficeCommand form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var saved = Forms.attempt(result, () -> offices.open(form));
        if (saved.isPresent()) {
            Forms.flash(redirect, "office.created");
            return "redirect:/admin/offices/" + saved.get().id();
        }
        return form(model, form, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Office office = offices.get(id);
        return form(model, OfficeCommand.of(office), office);
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable UUID id,
            @RequestParam long version,
            @Valid @ModelAttribute("form") OfficeCommand form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Office current = offices.get(id);
        var saved = Forms.attempt(result, () -> offices.change(id, version, form));
        if (saved.isPresent()) {
            Forms.flash(redirect, "office.saved");
            return "redirect:/admin/offices/" + id;
        }
        return form(model, form, current);
    }

    private String form(Model model, OfficeCommand form, @Nullable Office office) {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("form", form);
        model.addAttribute("office", office);
        model.addAttribute("types", OfficeType.values());
        model.addAttribute("parents", offices.inScope());
        model.addAttribute("countries", reference.countries(locale));
        model.addAttribute("allLanguages", reference.languages(locale));
        return "organization/office-form";
    }
}
