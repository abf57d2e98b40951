package org.pravaas.voting.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.RuleViolation;
import org.pravaas.voting.election.ElectionService;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.polling.CheckIn;
import org.pravaas.voting.polling.Outcome;
import org.pravaas.voting.polling.PollingService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The polling desk of a station: the clerk types the receipt number (or searches a name), sees
 * the voter and whether they may vote here, and records the vote.
 */
@Controller
class PollingController {
    private final PollingService polling;
    private final ElectionService elections;

    PollingController(PollingService polling, ElectionService elections) {
        this.polling = polling;
        this.elections = elections;
    }

    @GetMapping("/voting/stations/{id}/poll")
    String desk(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String receipt,
            @RequestParam(required = false) @Nullable String q,
            Model model) {
        Station station = page(id, model);
        model.addAttribute("receipt", receipt == null ? "" : receipt);
        model.addAttribute("q", q == null ? "" : q);
        try {
            if (receipt != null && !receipt.isBlank()) {
                model.addAttribute("checkIn", polling.checkIn(station.id(), receipt));
            } else if (q != null && !q.isBlank()) {
                model.addAttribute("found", polling.search(station.id(), q).items());
            }
        } catch (RuleViolation e) {
            model.addAttribute("refusal", e.violations().get(0));
        }
        return "voting/poll";
    }

    @GetMapping("/voting/stations/{id}/poll/voters/{voter}")
    String voter(@PathVariable UUID id, @PathVariable UUID voter, Model model) {
        Station station = page(id, model);
        model.addAttribute("receipt", "");
        model.addAttribute("q", "");
        model.addAttribute("checkIn", polling.checkIn(station.id(), voter));
        return "voting/poll";
    }

    @PostMapping("/voting/stations/{id}/poll/voters/{voter}")
    String vote(@PathVariable UUID id, @PathVariable UUID voter, Model model) {
        Station station = page(id, model);
        Outcome outcome = polling.vote(station.id(), voter);
        CheckIn after = polling.checkIn(station.id(), voter);
        model.addAttribute("receipt", "");
        model.addAttribute("q", "");
        model.addAttribute("checkIn", after);
        model.addAttribute("outcome", true);
        model.addAttribute("refusedWith", outcome instanceof Outcome.Refused r ? r.refusal() : null);
        model.addAttribute("provisional", outcome instanceof Outcome.Recorded r && r.provisional());
        return "voting/poll";
    }

    private Station page(UUID id, Model model) {
        Station station = elections.station(id);
        model.addAttribute("station", station);
        model.addAttribute("e", elections.get(station.electionId()));
        return station;
    }
}
