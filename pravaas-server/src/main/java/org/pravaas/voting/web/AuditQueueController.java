package org.pravaas.voting.web;

import java.util.UUID;
import org.pravaas.voting.count.ElectionResultsService;
import org.pravaas.voting.count.FormStatus;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.ElectionService;
import org.pravaas.voting.register.VoterReview;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The auditor's queue: held registrations, open challenges, forms in quality control or quarantine. */
@Controller
class AuditQueueController {
    private final ElectionService elections;
    private final VoterReview review;
    private final ElectionResultsService results;

    AuditQueueController(ElectionService elections, VoterReview review, ElectionResultsService results) {
        this.elections = elections;
        this.review = review;
        this.results = results;
    }

    @GetMapping("/voting/elections/{id}/review")
    String queue(@PathVariable UUID id, Model model) {
        Election e = elections.get(id);
        model.addAttribute("e", e);
        model.addAttribute("held", review.held(e));
        model.addAttribute("challenges", review.openChallenges(e));
        model.addAttribute(
                "forms",
                results.of(e).stations().stream()
                        .filter(s -> s.form() != null
                                && (s.form().status() == FormStatus.QUALITY_CONTROL
                                        || s.form().status() == FormStatus.QUARANTINED))
                        .toList());
        return "voting/review";
    }
}
