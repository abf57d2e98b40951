package org.pravaas.governance.session;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.pravaas.governance.MemberState;
import org.pravaas.governance.MemberStates;
import org.pravaas.governance.MembershipStatus;
import org.pravaas.shared.web.Csv;
import org.pravaas.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A resolution: its text, how it was adopted, the votes by member state, and recording a vote. */
@Controller
@RequestMapping("/governance/resolutions/{id}")
class ResolutionController {
    private final ResolutionService resolutions;
    private final SessionService sessions;
    private final MemberStates members;

    ResolutionController(ResolutionService resolutions, SessionService sessions, MemberStates members) {
        this.resolutions = resolutions;
        this.sessions = sessions;
        this.members = members;
    }

    @GetMapping
    String show(@PathVariable UUID id, Model model) {
        Resolution r = resolutions.get(id);
        model.addAttribute("resolution", r);
        model.addAttribute("view", sessions.get(r.sessionId()));
        model.addAttribute("votes", resolutions.votes(id));
        model.addAttribute("tally", resolutions.tally(id));
        List<MemberState> states = members.on(r.adoptedOn()).stream()
                .filter(m -> m.status() == MembershipStatus.MEMBER)
                .toList();
        model.addAttribute(
                "withoutVote",
                states.stream().filter(m -> !m.votingRight().mayVote()).toList());
        model.addAttribute("members", states);
        model.addAttribute("choices", Resolution.Choice.values());
        if (!model.containsAttribute("vote")) {
            model.addAttribute("vote", new VoteCommand("", Resolution.Choice.YES));
        }
        return "governance/resolution";
    }

    @PostMapping("/votes")
    String vote(
            @PathVariable UUID id,
            @Valid @ModelAttribute("vote") VoteCommand vote,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, () -> resolutions.vote(id, vote)).isPresent()) {
            Forms.flash(redirect, "governance.vote.recorded");
            return "redirect:/governance/resolutions/" + id;
        }
        return show(id, model);
    }

    @GetMapping("/votes.csv")
    void votesCsv(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        Resolution r = resolutions.get(id);
        try (Csv csv = Csv.download(response, "votes-" + r.number().replace('/', '-') + ".csv")) {
            csv.row(List.of("resolution", "country", "vote"));
            for (Resolution.Vote v : resolutions.votes(id)) {
                csv.row(List.of(r.number(), v.country(), v.choice().name()));
            }
        }
    }
}
