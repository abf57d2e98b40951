package org.pravaas.skills.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.registry.person.PersonDirectory;
import org.pravaas.registry.person.PersonQuery;
import org.pravaas.shared.web.Forms;
import org.pravaas.shared.web.Htmx;
import org.pravaas.shared.web.ListState;
import org.pravaas.skills.matching.MatchService;
import org.pravaas.skills.placement.PlacementService;
import org.pravaas.skills.profile.Availability;
import org.pravaas.skills.profile.Profile;
import org.pravaas.skills.profile.ProfileCommand;
import org.pravaas.skills.profile.ProfileKind;
import org.pravaas.skills.profile.ProfileService;
import org.pravaas.skills.profile.QualificationCommand;
import org.pravaas.skills.profile.QualificationLevel;
import org.pravaas.skills.profile.Recognition;
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

/** Profiles: the list, a person's profile with its matching openings, and the form. */
@Controller
@RequestMapping("/skills/profiles")
class ProfileController {
    private final ProfileService profiles;
    private final MatchService matching;
    private final PlacementService placements;
    private final PersonDirectory people;
    private final PersonNames names;

    ProfileController(
            ProfileService profiles,
            MatchService matching,
            PlacementService placements,
            PersonDirectory people,
            PersonNames names) {
        this.profiles = profiles;
        this.matching = matching;
        this.placements = placements;
        this.people = people;
        this.names = names;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable ProfileKind kind, HttpServletRequest request, Model model) {
        ListState state = ListState.of(request);
        var page = profiles.search(kind, state.request());
        model.addAttribute("list", state);
        model.addAttribute("page", page);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", ProfileKind.values());
        model.addAttribute(
                "names", names.of(page.items().stream().map(Profile::personId).toList()));
        model.addAttribute("mayWrite", profiles.mayWrite());
        return Htmx.view(request, "skills/profiles", "results");
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        return details(id, model, QualificationCommand.blank());
    }

    private String details(UUID id, Model model, QualificationCommand qualification) {
        var view = profiles.view(id);
        model.addAttribute("view", view);
        model.addAttribute("p", view.profile());
        model.addAttribute("matches", matching.openingsFor(id, 10));
        model.addAttribute("placements", placements.ofPerson(view.profile().personId()));
        model.addAttribute("mayWrite", profiles.mayWrite());
        model.addAttribute("qualification", qualification);
        model.addAttribute("levels", QualificationLevel.values());
        model.addAttribute("recognitions", Recognition.values());
        return "skills/profile";
    }

    @GetMapping("/new")
    String create(
            @RequestParam(required = false) @Nullable UUID person,
            @RequestParam(required = false) @Nullable String q,
            Model model) {
        if (person != null) {
            var existing = profiles.ofPerson(person);
            if (existing.isPresent())
                return "redirect:/skills/profiles/" + existing.get().id();
        }
        model.addAttribute("q", q);
        model.addAttribute(
                "hits",
                q == null || q.isBlank()
                        ? List.of()
                        : people.search(new PersonQuery(q, null, null)).stream()
                                .limit(20)
                                .map(h -> h.person().summary())
                                .toList());
        return form(model, ProfileCommand.blank(person), null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") ProfileCommand form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var saved = Forms.attempt(result, () -> profiles.create(form));
        if (saved.isPresent()) {
            Forms.flash(redirect, "skills.profile.created");
            return "redirect:/skills/profiles/" + saved.get().id();
        }
        model.addAttribute("hits", List.of());
        return form(model, form, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Profile p = profiles.view(id).profile();
        return form(model, ProfileCommand.of(p), p);
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable UUID id,
            @RequestParam int version,
            @Valid @ModelAttribute("form") ProfileCommand form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Profile current = profiles.reachable(id);
        if (Forms.attempt(result, () -> profiles.change(id, version, form)).isPresent()) {
            Forms.flash(redirect, "skills.profile.saved");
            return "redirect:/skills/profiles/" + id;
        }
        return form(model, form, current);
    }

    @PostMapping("/{id}/qualifications")
    String addQualification(
            @PathVariable UUID id,
            @Valid @ModelAttribute("qualification") QualificationCommand qualification,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, () -> profiles.addQualification(id, qualification))
                .isPresent()) {
            Forms.flash(redirect, "skills.qualification.added");
            return "redirect:/skills/profiles/" + id;
        }
        return details(id, model, qualification);
    }

    @PostMapping("/{id}/qualifications/{qualification}")
    String recognition(
            @PathVariable UUID id,
            @PathVariable UUID qualification,
            @RequestParam Recognition recognition,
            @RequestParam(required = false) @Nullable String recognisedIn,
            RedirectAttributes redirect) {
        profiles.changeRecognition(id, qualification, recognition, recognisedIn);
        Forms.flash(redirect, "skills.qualification.saved");
        return "redirect:/skills/profiles/" + id;
    }

    private String form(Model model, ProfileCommand form, @Nullable Profile profile) {
        model.addAttribute("form", form);
        model.addAttribute("profile", profile);
        model.addAttribute("kinds", ProfileKind.values());
        model.addAttribute("availabilities", Availability.values());
        if (form.personId() != null) {
            model.addAttribute("person", names.of(List.of(form.personId())).get(form.personId()));
        }
        return "skills/profile-form";
    }
}
