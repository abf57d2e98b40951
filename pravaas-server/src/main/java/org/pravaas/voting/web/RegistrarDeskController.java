package org.pravaas.voting.web;

import jakarta.validation.Valid;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.web.Forms;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.ElectionService;
import org.pravaas.voting.register.RegistrationService;
import org.pravaas.voting.register.Sex;
import org.pravaas.voting.register.VoterCommand;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registrar's desk: an applicant's details and documents, checked, then a receipt. */
@Controller
class RegistrarDeskController {
    private final ElectionService elections;
    private final RegistrationService registration;

    RegistrarDeskController(ElectionService elections, RegistrationService registration) {
        this.elections = elections;
        this.registration = registration;
    }

    @GetMapping("/voting/elections/{id}/register")
    String form(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID station, Model model) {
        Election e = elections.get(id);
        if (!model.containsAttribute("voter")) {
            model.addAttribute("voter", VoterCommand.blank(station, e.country()));
        }
        model.addAttribute("e", e);
        model.addAttribute("stations", elections.stations(id));
        model.addAttribute("sexes", Sex.values());
        return "voting/register";
    }

    @PostMapping("/voting/elections/{id}/register")
    String register(
            @PathVariable UUID id,
            @Valid @ModelAttribute("voter") VoterCommand voter,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var done = Forms.attempt(result, () -> registration.register(voter));
        if (done.isPresent()) {
            Forms.flash(redirect, done.get().held() ? "voting.flash.held" : "voting.flash.registered");
            return "redirect:/voting/voters/" + done.get().voter().id();
        }
        return form(id, Objects.requireNonNull(voter).stationId(), model);
    }
}
