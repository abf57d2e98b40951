package org.pravaas.casework.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.consent.ConsentCommand;
import org.pravaas.casework.consent.ConsentService;
import org.pravaas.casework.consent.Recipient;
import org.pravaas.casework.consent.SharedPart;
import org.pravaas.casework.referral.ReferralService;
import org.pravaas.casework.transfer.TransferService;
import org.pravaas.organization.OfficeDirectory;
import org.pravaas.shared.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Consents, referrals and transfers posted from the case page. Offices are named by their code. */
@Controller
class SharingController {
    private final CasePage page;
    private final ConsentService consents;
    private final ReferralService referrals;
    private final TransferService transfers;
    private final OfficeDirectory offices;

    SharingController(
            CasePage page,
            ConsentService consents,
            ReferralService referrals,
            TransferService transfers,
            OfficeDirectory offices) {
        this.page = page;
        this.consents = consents;
        this.referrals = referrals;
        this.transfers = transfers;
        this.offices = offices;
    }

    @PostMapping("/cases/{id}/consents")
    String consent(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String purpose,
            @RequestParam(required = false) @Nullable String office,
            @RequestParam(required = false) @Nullable List<UUID> partner,
            @RequestParam(required = false) @Nullable List<SharedPart> parts,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate givenOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate expiresOn,
            Model model,
            RedirectAttributes redirect) {
        return page.attempt(id, model, redirect, "casework.consent.recorded", () -> {
            List<String> recipients = new java.util.ArrayList<>();
            if (office != null && !office.isBlank())
                recipients.add(officeRecipient(office).toString());
            if (partner != null)
                partner.forEach(p -> recipients.add(new Recipient(Recipient.Kind.PARTNER, p).toString()));
            consents.record(new CaseId(id), new ConsentCommand(null, purpose, recipients, parts, givenOn, expiresOn));
        });
    }

    @PostMapping("/cases/{id}/consents/{consent}/withdraw")
    String withdraw(@PathVariable UUID id, @PathVariable UUID consent, Model model, RedirectAttributes redirect) {
        return page.attempt(id, model, redirect, "casework.consent.withdrawn", () -> consents.withdraw(consent));
    }

    @PostMapping("/cases/{id}/referrals")
    String refer(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String office,
            @RequestParam(required = false) @Nullable UUID partner,
            @RequestParam(required = false) @Nullable List<SharedPart> parts,
            @RequestParam(required = false) @Nullable String note,
            Model model,
            RedirectAttributes redirect) {
        return page.attempt(id, model, redirect, "casework.referral.made", () -> {
            Recipient to = partner != null ? new Recipient(Recipient.Kind.PARTNER, partner) : officeRecipient(office);
            referrals.refer(new CaseId(id), to, parts == null ? List.of() : parts, note);
        });
    }

    @PostMapping("/cases/{id}/transfers")
    String transfer(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String office,
            @RequestParam(required = false) @Nullable String reason,
            Model model,
            RedirectAttributes redirect) {
        return page.attempt(
                id,
                model,
                redirect,
                "casework.transfer.proposed",
                () -> transfers.propose(new CaseId(id), officeRecipient(office).id(), reason));
    }

    private Recipient officeRecipient(@Nullable String code) {
        return offices.byCode(code == null ? "" : code)
                .map(o -> new Recipient(Recipient.Kind.OFFICE, o.value()))
                .orElseThrow(() -> new RuleViolation("office", "casework.office-unknown"));
    }
}
