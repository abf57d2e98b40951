package org.pravaas.casework.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.referral.ReferralService;
import org.pravaas.casework.transfer.TransferService;
import org.pravaas.organization.Access;
import org.pravaas.organization.OfficeDirectory;
import org.pravaas.organization.Role;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What was sent to the user: referrals (partners see only these, and only what they share) and transfers. */
@Controller
class InboxController {
    private final ReferralService referrals;
    private final TransferService transfers;
    private final OfficeDirectory offices;
    private final Access access;

    InboxController(ReferralService referrals, TransferService transfers, OfficeDirectory offices, Access access) {
        this.referrals = referrals;
        this.transfers = transfers;
        this.offices = offices;
        this.access = access;
    }

    @GetMapping("/cases/referrals")
    String referrals(Model model) {
        model.addAttribute("incoming", referrals.incoming());
        model.addAttribute("partnerView", access.current().has(Role.PARTNER));
        model.addAttribute("names", referrals);
        model.addAttribute("offices", offices);
        return "casework/referrals";
    }

    @GetMapping("/cases/referrals/{id}")
    String referral(@PathVariable UUID id, Model model) {
        model.addAttribute("r", referrals.view(id));
        model.addAttribute("names", referrals);
        model.addAttribute("offices", offices);
        return "casework/referral";
    }

    @PostMapping("/cases/referrals/{id}/answer")
    String answer(
            @PathVariable UUID id,
            @RequestParam boolean accept,
            @RequestParam(required = false) @Nullable String reason,
            Model model,
            RedirectAttributes redirect) {
        try {
            referrals.answer(id, accept, reason);
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.violations());
            return referral(id, model);
        }
        Forms.flash(redirect, accept ? "casework.referral.accepted" : "casework.referral.declined");
        return "redirect:/cases/referrals/" + id;
    }

    @GetMapping("/cases/transfers")
    String transfers(Model model) {
        model.addAttribute("transfers", transfers.incoming());
        model.addAttribute("offices", offices);
        return "casework/transfers";
    }

    @PostMapping("/cases/transfers/{id}/answer")
    String answerTransfer(
            @PathVariable UUID id,
            @RequestParam boolean accept,
            @RequestParam(required = false) @Nullable String reason,
            Model model,
            RedirectAttributes redirect) {
        try {
            transfers.answer(id, accept, reason);
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.violations());
            return transfers(model);
        }
        Forms.flash(redirect, accept ? "casework.transfer.accepted" : "casework.transfer.declined");
        return "redirect:/cases/transfers";
    }
}
