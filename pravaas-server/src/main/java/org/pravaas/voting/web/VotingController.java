package org.pravaas.voting.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pravaas.shared.web.Forms;
import org.pravaas.voting.count.ElectionResultsService;
import org.pravaas.voting.election.Designation;
import org.pravaas.voting.election.DocumentKind;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.ElectionCommand;
import org.pravaas.voting.election.ElectionKind;
import org.pravaas.voting.election.ElectionService;
import org.pravaas.voting.election.StaffCommand;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.election.StationAccess;
import org.pravaas.voting.election.StationCommand;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The elections, an election's set-up (rules, ballot, stations, staff), and the help page. */
@Controller
@RequestMapping("/voting")
class VotingController {
    private final ElectionService elections;
    private final StationAccess access;
    private final ElectionResultsService results;

    VotingController(ElectionService elections, StationAccess access, ElectionResultsService results) {
        this.elections = elections;
        this.access = access;
        this.results = results;
    }

    @GetMapping
    String elections(Model model) {
        model.addAttribute("elections", elections.all());
        model.addAttribute("mayCreate", elections.maySetUp());
        model.addAttribute("kinds", ElectionKind.values());
        model.addAttribute("documentKinds", DocumentKind.values());
        if (!model.containsAttribute("election")) {
            model.addAttribute("election", ElectionCommand.blank());
        }
        return "voting/elections";
    }

    @PostMapping("/elections")
    String create(
            @Valid @ModelAttribute("election") ElectionCommand election,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var created = Forms.attempt(result, () -> elections.create(election));
        if (created.isPresent()) {
            Forms.flash(redirect, "voting.flash.election-created");
            return "redirect:/voting/elections/" + created.get().id();
        }
        return elections(model);
    }

    @GetMapping("/elections/{id}")
    String election(@PathVariable UUID id, Model model) {
        Election e = elections.get(id);
        model.addAttribute("e", e);
        model.addAttribute("contestants", elections.contestants(id));
        model.addAttribute("results", results.of(e));
        model.addAttribute("staff", elections.staff(id));
        model.addAttribute(
                "stationCodes", elections.stations(id).stream().collect(Collectors.toMap(Station::id, Station::code)));
        model.addAttribute("setsUp", access.setsUp(e));
        model.addAttribute("designations", Designation.values());
        model.addAttribute("documentKinds", Arrays.asList(DocumentKind.values()));
        if (!model.containsAttribute("station")) {
            model.addAttribute("station", StationCommand.blank());
        }
        if (!model.containsAttribute("staffMember")) {
            model.addAttribute("staffMember", StaffCommand.blank());
        }
        return "voting/election";
    }

    @PostMapping("/elections/{id}/stations")
    String addStation(
            @PathVariable UUID id,
            @Valid @ModelAttribute("station") StationCommand station,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, () -> elections.addStation(id, station)).isPresent()) {
            Forms.flash(redirect, "voting.flash.station-opened");
            return "redirect:/voting/elections/" + id;
        }
        return election(id, model);
    }

    @PostMapping("/elections/{id}/staff")
    String designate(
            @PathVariable UUID id,
            @Valid @ModelAttribute("staffMember") StaffCommand staffMember,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, () -> elections.designate(id, staffMember)).isPresent()) {
            Forms.flash(redirect, "voting.flash.staff-designated");
            return "redirect:/voting/elections/" + id;
        }
        return election(id, model);
    }

    @GetMapping("/help")
    String help() {
        return "voting/help";
    }
}
