package org.pravaas.registry.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.pravaas.organization.OfficeDirectory;
import org.pravaas.organization.reference.ReferenceData;
import org.pravaas.registry.household.HouseholdService;
import org.pravaas.registry.matching.MergeService;
import org.pravaas.registry.person.DocumentCommand;
import org.pravaas.registry.person.DocumentKind;
import org.pravaas.registry.person.PersonDirectory;
import org.pravaas.registry.person.PersonDirectory.PersonView;
import org.pravaas.registry.person.PersonQuery;
import org.pravaas.registry.person.PersonSearch;
import org.pravaas.registry.person.PersonService;
import org.pravaas.registry.person.PhotoService;
import org.pravaas.registry.person.Sex;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.web.Csv;
import org.pravaas.shared.web.Forms;
import org.pravaas.shared.web.Htmx;
import org.pravaas.shared.web.Xlsx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registry's search, a person's page with documents, households and merges, and their history. */
@Controller
@RequestMapping("/registry")
class PersonController {
    private final PersonDirectory directory;
    private final PersonService persons;
    private final HouseholdService households;
    private final MergeService merges;
    private final ReferenceData reference;
    private final OfficeDirectory offices;
    private final PhotoService photos;

    PersonController(
            PersonDirectory directory,
            PersonService persons,
            HouseholdService households,
            MergeService merges,
            ReferenceData reference,
            OfficeDirectory offices,
            PhotoService photos) {
        this.photos = photos;
        this.directory = directory;
        this.persons = persons;
        this.households = households;
        this.merges = merges;
        this.reference = reference;
        this.offices = offices;
    }

    @GetMapping
    String search(PersonQuery query, HttpServletRequest request, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("sexes", Sex.values());
        List<PersonSearch.Hit> hits = query.isEmpty() ? List.of() : directory.search(query);
        model.addAttribute("hits", hits);
        model.addAttribute("limit", PersonSearch.LIMIT);
        model.addAttribute("searched", !query.isEmpty());
        model.addAttribute("offices", offices);
        model.addAttribute("canWrite", directory.canWrite());
        return Htmx.view(request, "registry/search", "results");
    }

    @GetMapping("/export.csv")
    void exportCsv(PersonQuery query, HttpServletResponse response) throws IOException {
        List<PersonSearch.Hit> hits = directory.export(query, "csv");
        try (Csv csv = Csv.download(response, "persons.csv")) {
            csv.row(PersonExport.HEADER);
            for (PersonSearch.Hit h : hits) csv.row(PersonExport.row(h, offices));
        }
    }

    @GetMapping("/export.xlsx")
    void exportXlsx(PersonQuery query, HttpServletResponse response, Locale locale) throws IOException {
        List<PersonSearch.Hit> hits = directory.export(query, "xlsx");
        try (Xlsx xlsx = Xlsx.download(response, "persons.xlsx", "ar".equals(locale.getLanguage()))) {
            xlsx.row(PersonExport.HEADER);
            for (PersonSearch.Hit h : hits) xlsx.row(PersonExport.row(h, offices));
        }
    }

    @GetMapping("/persons/{id}")
    String person(@PathVariable UUID id, Model model, Locale locale) {
        PersonView view = directory.view(id);
        model.addAttribute("view", view);
        model.addAttribute("p", view.person());
        model.addAttribute("households", households.of(id));
        model.addAttribute("merges", merges.history(id));
        model.addAttribute("office", offices.code(view.person().officeId()));
        model.addAttribute("hasPhoto", view.sensitiveShown() && photos.exists(id));
        model.addAttribute("canWrite", directory.canWrite());
        if (!model.containsAttribute("document")) {
            model.addAttribute("document", new DocumentCommand(DocumentKind.PASSPORT, "", "", null, null, null));
        }
        model.addAttribute("documentKinds", DocumentKind.values());
        model.addAttribute("countries", reference.countries(locale));
        return "registry/person";
    }

    @GetMapping("/persons/{id}/history")
    String history(@PathVariable UUID id, Model model) {
        model.addAttribute("p", directory.view(id).person());
        model.addAttribute("versions", directory.history(id));
        return "registry/history";
    }

    @PostMapping("/persons/{id}/documents")
    String addDocument(
            @PathVariable UUID id,
            @Valid @ModelAttribute("document") DocumentCommand document,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, () -> persons.addDocument(id, document)).isPresent()) {
            Forms.flash(redirect, "registry.document.added");
            return "redirect:/registry/persons/" + id;
        }
        return person(id, model, locale);
    }

    @PostMapping("/persons/{id}/photo")
    String uploadPhoto(
            @PathVariable UUID id,
            @org.springframework.web.bind.annotation.RequestParam("photo")
                    org.springframework.web.multipart.MultipartFile photo,
            RedirectAttributes redirect)
            throws IOException {
        try {
            photos.upload(id, photo.getBytes());
            Forms.flash(redirect, "registry.photo.saved");
        } catch (RuleViolation e) {
            Forms.flash(redirect, e.violations().get(0).messageKey());
        }
        return "redirect:/registry/persons/" + id;
    }

    @GetMapping("/persons/{id}/photo")
    org.springframework.http.ResponseEntity<byte[]> photo(@PathVariable UUID id) {
        return photos.photo(id)
                .map(p -> org.springframework.http.ResponseEntity.ok()
                        .header("Content-Type", p.contentType())
                        .header("Cache-Control", "private, no-store")
                        .body(p.content()))
                .orElseThrow(() -> new org.pravaas.shared.NotFoundException("photo", id));
    }

    @PostMapping("/merges/{mergeId}/undo")
    String unmerge(
            @PathVariable UUID mergeId,
            @org.springframework.web.bind.annotation.RequestParam UUID person,
            RedirectAttributes redirect) {
        try {
            merges.unmerge(mergeId);
            Forms.flash(redirect, "registry.unmerged");
        } catch (RuleViolation e) {
            Forms.flash(redirect, e.violations().get(0).messageKey());
        }
        return "redirect:/registry/persons/" + person;
    }
}
