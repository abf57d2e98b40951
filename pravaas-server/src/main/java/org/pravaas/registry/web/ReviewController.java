package org.pravaas.registry.web;

import java.util.UUID;
import org.pravaas.organization.OfficeDirectory;
import org.pravaas.registry.matching.DuplicatePair;
import org.pravaas.registry.matching.MergeService;
import org.pravaas.registry.matching.PairStatus;
import org.pravaas.registry.matching.ReviewService;
import org.pravaas.registry.matching.Verdict;
import org.pravaas.registry.person.PersonDirectory;
import org.pravaas.registry.person.PersonDirectory.PersonView;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The duplicate review queue: a pair side by side, a verdict, and the merge of a pair found the same. */
@Controller
@RequestMapping("/registry/review")
class ReviewController {
    private final ReviewService review;
    private final MergeService merges;
    private final PersonDirectory directory;
    private final OfficeDirectory offices;

    ReviewController(ReviewService review, MergeService merges, PersonDirectory directory, OfficeDirectory offices) {
        this.review = review;
        this.merges = merges;
        this.directory = directory;
        this.offices = offices;
    }

    @GetMapping
    String queue(Model model) {
        model.addAttribute("pairs", review.queue(100));
        model.addAttribute("open", review.openCount());
        model.addAttribute("offices", offices);
        model.addAttribute("secondReview", review.secondReviewRequired(directory.currentOffice()));
        return "registry/review";
    }

    @GetMapping("/{id}")
    String pair(@PathVariable UUID id, Model model) {
        DuplicatePair pair = review.pair(id);
        PersonView left = directory.view(pair.leftId());
        PersonView right = directory.view(pair.rightId());
        model.addAttribute("pair", pair);
        model.addAttribute("left", left);
        model.addAttribute("right", right);
        model.addAttribute("comparison", directory.compare(left.person(), right.person()));
        model.addAttribute("verdicts", Verdict.values());
        return "registry/pair";
    }

    @PostMapping("/{id}")
    String decide(@PathVariable UUID id, @RequestParam Verdict verdict, RedirectAttributes redirect) {
        try {
            PairStatus status = review.decide(id, verdict);
            Forms.flash(
                    redirect,
                    status == PairStatus.AWAITING_SECOND
                            ? "registry.review.awaiting-second"
                            : "registry.review.recorded");
            if (status == PairStatus.SAME) return "redirect:/registry/review/" + id;
        } catch (RuleViolation e) {
            Forms.flash(redirect, e.violations().get(0).messageKey());
            return "redirect:/registry/review/" + id;
        }
        return "redirect:/registry/review";
    }

    @PostMapping("/{id}/merge")
    String merge(
            @PathVariable UUID id,
            @RequestParam UUID survivor,
            @RequestParam(defaultValue = "false") boolean nameFromOther,
            @RequestParam(defaultValue = "false") boolean birthFromOther,
            RedirectAttributes redirect) {
        DuplicatePair pair = review.pair(id);
        if (pair.status() != PairStatus.SAME) {
            Forms.flash(redirect, "registry.merge.needs-verdict");
            return "redirect:/registry/review/" + id;
        }
        UUID other = survivor.equals(pair.leftId()) ? pair.rightId() : pair.leftId();
        try {
            merges.merge(survivor, other, nameFromOther, birthFromOther);
            Forms.flash(redirect, "registry.merged");
        } catch (RuleViolation e) {
            Forms.flash(redirect, e.violations().get(0).messageKey());
        }
        return "redirect:/registry/persons/" + survivor;
    }

    @PostMapping("/settings")
    String settings(@RequestParam(defaultValue = "false") boolean secondReview, RedirectAttributes redirect) {
        review.requireSecondReview(secondReview);
        Forms.flash(redirect, "registry.review.settings-saved");
        return "redirect:/registry/review";
    }
}
