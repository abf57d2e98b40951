package org.pravaas.skills.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.web.Forms;
import org.pravaas.shared.web.Htmx;
import org.pravaas.shared.web.ListState;
import org.pravaas.skills.matching.MatchService;
import org.pravaas.skills.matching.RankedCandidate;
import org.pravaas.skills.opening.Opening;
import org.pravaas.skills.opening.OpeningCommand;
import org.pravaas.skills.opening.OpeningKind;
import org.pravaas.skills.opening.OpeningService;
import org.pravaas.skills.opening.OpeningStatus;
import org.pravaas.skills.opening.OrganisationType;
import org.pravaas.skills.placement.PlacementService;
import org.pravaas.skills.profile.Availability;
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

/** Openings: the list, the form, and an opening with its ranked candidates and placements. */
@Controller
@RequestMapping("/skills/openings")
class OpeningController {
    private final OpeningService openings;
    private final MatchService matching;
    private final PlacementService placements;
    private final PersonNames names;

    OpeningController(OpeningService openings, MatchService matching, PlacementService placements, PersonNames names) {
        this.openings = openings;
        this.matching = matching;
        this.placements = placements;
        this.names = names;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable OpeningKind kind,
            @RequestParam(required = false) @Nullable OpeningStatus status,
            HttpServletRequest request,
            Model model) {
        ListState state = ListState.of(request);
        model.addAttribute("list", state);
        model.addAttribute("page", openings.search(kind, status, state.request()));
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("kinds", OpeningKind.values());
        model.addAttribute("statuses", OpeningStatus.values());
        model.addAttribute("mayWrite", placements.mayWrite(null));
        return Htmx.view(request, "skills/openings", "results");
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, @RequestParam(defaultValue = "20") int limit, Model model) {
        Opening o = openings.get(id);
        var candidates = matching.candidates(id, limit);
        var placed = placements.ofOpening(id);
        var persons = new java.util.ArrayList<UUID>();
        candidates.stream().map(RankedCandidate::personId).forEach(persons::add);
        placed.forEach(p -> persons.add(p.personId()));
        model.addAttribute("o", o);
        model.addAttribute("candidates", candidates);
        model.addAttribute("placements", placed);
        model.addAttribute("names", names.of(persons));
        model.addAttribute(
                "busy",
                placements.busy(
                        candidates.stream().map(RankedCandidate::personId).toList(), o.startsOn(), o.endsOn()));
        model.addAttribute("mayOffer", placements.mayWrite(null) && o.open());
        model.addAttribute("mayManage", openings.mayManage(o));
        model.addAttribute("limit", limit);
        return "skills/opening";
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(model, OpeningCommand.blank());
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") OpeningCommand form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var saved = Forms.attempt(result, () -> openings.post(form));
        if (saved.isPresent()) {
            Forms.flash(redirect, "skills.opening.posted");
            return "redirect:/skills/openings/" + saved.get().id();
        }
        return form(model, form);
    }

    @PostMapping("/{id}/status")
    String status(@PathVariable UUID id, @RequestParam OpeningStatus status, RedirectAttributes redirect) {
        Refusals.attempt(redirect, "skills.opening.status-saved", () -> openings.setStatus(id, status));
        return "redirect:/skills/openings/" + id;
    }

    private String form(Model model, OpeningCommand form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", OpeningKind.values());
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("availabilities", Availability.values());
        return "skills/opening-form";
    }
}
