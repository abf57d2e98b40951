package org.pravaas.casework.web;

import java.util.List;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.attachment.AttachmentService;
import org.pravaas.casework.consent.ConsentService;
import org.pravaas.casework.consent.SharedPart;
import org.pravaas.casework.note.NoteService;
import org.pravaas.casework.referral.ReferralService;
import org.pravaas.casework.task.TaskService;
import org.pravaas.casework.transfer.TransferService;
import org.pravaas.organization.PartnerDirectory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The case page's working sections: tasks, notes, attachments, consents, referrals, transfers. */
@Component
class CaseSections {
    private final TaskService tasks;
    private final NoteService notes;
    private final AttachmentService attachments;
    private final ConsentService consents;
    private final ReferralService referrals;
    private final TransferService transfers;
    private final PartnerDirectory partners;

    CaseSections(
            TaskService tasks,
            NoteService notes,
            AttachmentService attachments,
            ConsentService consents,
            ReferralService referrals,
            TransferService transfers,
            PartnerDirectory partners) {
        this.tasks = tasks;
        this.notes = notes;
        this.attachments = attachments;
        this.consents = consents;
        this.referrals = referrals;
        this.transfers = transfers;
        this.partners = partners;
    }

    /** Fills the sections of a case the user has just read. */
    void fill(CaseId id, Model model) {
        model.addAttribute("tasks", tasks.ofCase(id));
        model.addAttribute("today", tasks.today());
        model.addAttribute("notes", notes.of(id));
        model.addAttribute("attachments", attachments.of(id));
        model.addAttribute("maxAttachmentMb", attachments.maxBytes() / (1024 * 1024));
        model.addAttribute("consents", consents.of(id));
        model.addAttribute("referrals", referrals.ofCase(id));
        model.addAttribute("recipientNames", referrals);
        model.addAttribute("transfers", transfers.pendingOf(id));
        model.addAttribute("partners", partners.all());
        model.addAttribute("sharedParts", List.of(SharedPart.values()));
    }
}
