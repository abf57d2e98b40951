package org.pravaas.casework.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.definition.Definitions;
import org.pravaas.casework.file.CaseOpening;
import org.pravaas.casework.file.OpenCase;
import org.pravaas.organization.OfficeDirectory;
import org.pravaas.registry.person.PersonDirectory;
import org.pravaas.registry.person.PersonQuery;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Opening a case: the programme, whose case (a registry reference or id, or a household id), office, caseworker. */
@Controller
class OpenCaseController {
    private final CaseOpening opening;
    private final Definitions definitions;
    private final PersonDirectory people;
    private final OfficeDirectory offices;

    OpenCaseController(CaseOpening opening, Definitions definitions, PersonDirectory people, OfficeDirectory offices) {
        this.opening = opening;
        this.definitions = definitions;
        this.people = people;
        this.offices = offices;
    }

    @GetMapping("/cases/new")
    String form(@RequestParam(required = false) @Nullable String person, Model model) {
        model.addAttribute("programmes", definitions.programmes());
        model.addAttribute("person", person == null ? "" : person);
        return "casework/new";
    }

    @PostMapping("/cases")
    String open(
            @RequestParam(defaultValue = "") String programme,
            @RequestParam(defaultValue = "") String person,
            @RequestParam(defaultValue = "") String household,
            @RequestParam(defaultValue = "") String office,
            @RequestParam(defaultValue = "") String caseworker,
            Model model,
            RedirectAttributes redirect) {
        try {
            UUID officeId = office.isBlank()
                    ? null
                    : offices.byCode(office)
                            .map(o -> o.value())
                            .orElseThrow(() -> new RuleViolation("office", "casework.office-unknown"));
            var id = opening.open(
                    new OpenCase(programme, officeId, person(person), uuid(household, "householdId"), caseworker));
            Forms.flash(redirect, "casework.opened");
            return "redirect:/cases/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.violations());
            model.addAttribute("programme", programme);
            model.addAttribute("household", household);
            model.addAttribute("office", office);
            model.addAttribute("caseworker", caseworker);
            return form(person, model);
        }
    }

    /** A registry id, or a reference or document number that finds exactly one person. */
    private @Nullable UUID person(String text) {
        if (text.isBlank()) return null;
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            var hits = people.search(new PersonQuery(text.strip(), null, null));
            if (hits.size() != 1) throw new RuleViolation("personId", "casework.open.person-unknown");
            return hits.get(0).person().id();
        }
    }

    private static @Nullable UUID uuid(String text, String field) {
        if (text.isBlank()) return null;
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, "casework.open.household-unknown");
        }
    }
}
