package org.pravaas.voting.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.pravaas.shared.web.Forms;
import org.pravaas.voting.count.FormEntry;
import org.pravaas.voting.count.ResultForm;
import org.pravaas.voting.count.ResultFormService;
import org.pravaas.voting.count.ResultForms;
import org.pravaas.voting.election.ElectionService;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.election.StationAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A station's result form: a clerk enters a copy; the form's page shows both copies, its
 * status, the reasons and its trail, and lets an auditor resolve quality control or decide a
 * quarantine.
 */
@Controller
class ResultFormController {
    private final ResultFormService forms;
    private final ResultForms store;
    private final ElectionService elections;
    private final StationAccess access;

    ResultFormController(ResultFormService forms, ResultForms store, ElectionService elections, StationAccess access) {
        this.forms = forms;
        this.store = store;
        this.elections = elections;
        this.access = access;
    }

    @GetMapping("/voting/stations/{id}/form")
    String form(@PathVariable UUID id, Model model) {
        Station station = elections.station(id);
        var e = elections.get(station.electionId());
        model.addAttribute("station", station);
        model.addAttribute("e", e);
        model.addAttribute("contestants", elections.contestants(e.id()));
        model.addAttribute("form", forms.ofStation(id).orElse(null));
        if (!model.containsAttribute("entry")) {
            model.addAttribute("entry", FormEntry.blank());
        }
        return "voting/form-entry";
    }

    @PostMapping("/voting/stations/{id}/form")
    String enter(
            @PathVariable UUID id,
            @Valid @ModelAttribute("entry") FormEntry entry,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var entered = Forms.attempt(result, () -> forms.enter(id, entry));
        if (entered.isPresent()) {
            Forms.flash(redirect, entered.get().status().messageKey());
            return "redirect:/voting/forms/" + entered.get().id();
        }
        return form(id, model);
    }

    @GetMapping("/voting/forms/{id}")
    String show(@PathVariable UUID id, Model model) {
        ResultForm form = forms.get(id);
        Station station = elections.station(form.stationId());
        var e = elections.get(form.electionId());
        model.addAttribute("form", form);
        model.addAttribute("station", station);
        model.addAttribute("e", e);
        model.addAttribute("contestants", elections.contestants(e.id()));
        model.addAttribute("copies", store.copies(id));
        model.addAttribute("events", store.events(id));
        model.addAttribute("audits", access.audits(e));
        return "voting/form";
    }

    @PostMapping("/voting/forms/{id}/resolve")
    String resolve(
            @PathVariable UUID id,
            @RequestParam int copy,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        return VoterController.attempt(
                redirect, "/voting/forms/" + id, () -> forms.resolve(id, copy, note), "voting.flash.form-resolved");
    }

    @PostMapping("/voting/forms/{id}/decide")
    String decide(
            @PathVariable UUID id,
            @RequestParam boolean clear,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        return VoterController.attempt(
                redirect, "/voting/forms/" + id, () -> forms.decide(id, clear, note), "voting.flash.form-decided");
    }
}
