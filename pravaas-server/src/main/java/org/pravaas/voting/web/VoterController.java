package org.pravaas.voting.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.web.Forms;
import org.pravaas.shared.web.Htmx;
import org.pravaas.shared.web.ListState;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.ElectionService;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.election.StationAccess;
import org.pravaas.voting.polling.Votes;
import org.pravaas.voting.register.VoterReview;
import org.pravaas.voting.register.VoterService;
import org.pravaas.voting.register.VoterStatus;
import org.pravaas.voting.register.VoterView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A voter's page (receipt, documents, flags, challenges, vote) and the voter lists. */
@Controller
class VoterController {
    private final VoterService voters;
    private final VoterReview review;
    private final ElectionService elections;
    private final StationAccess access;
    private final Votes votes;

    VoterController(
            VoterService voters, VoterReview review, ElectionService elections, StationAccess access, Votes votes) {
        this.voters = voters;
        this.review = review;
        this.elections = elections;
        this.access = access;
        this.votes = votes;
    }

    @GetMapping("/voting/voters/{id}")
    String voter(@PathVariable UUID id, Model model) {
        VoterView view = voters.view(id);
        model.addAttribute("v", view);
        model.addAttribute("e", view.election());
        var vote = votes.of(view.election().id(), id);
        model.addAttribute("vote", vote.orElse(null));
        model.addAttribute(
                "stationCode",
                vote.map(x -> elections.station(x.stationId()).code()).orElse(""));
        model.addAttribute("audits", access.audits(view.election()));
        return "voting/voter";
    }

    @PostMapping("/voting/voters/{id}/review")
    String decide(
            @PathVariable UUID id,
            @RequestParam boolean same,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        return attempt(
                redirect, "/voting/voters/" + id, () -> review.decideHeld(id, same, note), "voting.flash.reviewed");
    }

    @PostMapping("/voting/voters/{id}/challenges")
    String challenge(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String grounds, RedirectAttributes redirect) {
        return attempt(
                redirect, "/voting/voters/" + id, () -> review.file(id, grounds), "voting.flash.challenge-filed");
    }

    @PostMapping("/voting/voters/{id}/challenges/{challenge}")
    String adjudicate(
            @PathVariable UUID id,
            @PathVariable UUID challenge,
            @RequestParam boolean upheld,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        return attempt(
                redirect,
                "/voting/voters/" + id,
                () -> review.adjudicate(challenge, upheld, note),
                "voting.flash.challenge-decided");
    }

    @GetMapping("/voting/elections/{id}/voters")
    String list(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID station,
            @RequestParam(required = false) @Nullable VoterStatus status,
            HttpServletRequest request,
            Model model) {
        Election e = elections.get(id);
        Station s = station == null ? defaultStation(e) : elections.station(station);
        ListState list = ListState.of(request);
        model.addAttribute("e", e);
        model.addAttribute("station", s);
        model.addAttribute("status", status);
        model.addAttribute("statuses", VoterStatus.values());
        model.addAttribute("stations", elections.stations(id));
        model.addAttribute("list", list);
        model.addAttribute("page", voters.list(e, s, status, list.request()));
        return Htmx.view(request, "voting/voters", "results");
    }

    /** Auditors see the whole election; other officials start with the first station they may read. */
    private @Nullable Station defaultStation(Election e) {
        if (access.audits(e)) {
            return null;
        }
        return elections.stations(e.id()).stream()
                .filter(access::readsVoters)
                .findFirst()
                .orElseThrow(
                        () -> new org.springframework.security.access.AccessDeniedException("No station in scope"));
    }

    /** Runs a decision; its refusal comes back as a flash message on the page. */
    static String attempt(RedirectAttributes redirect, String page, Runnable action, String done) {
        try {
            action.run();
            Forms.flash(redirect, done);
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("refusal", e.violations().get(0));
        }
        return "redirect:" + page;
    }
}
