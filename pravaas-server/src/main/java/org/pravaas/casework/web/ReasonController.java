package org.pravaas.casework.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.file.CaseAccess;
import org.pravaas.casework.file.RestrictedReads;
import org.pravaas.organization.Access;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.web.ListState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Restricted cases: the page asking for a reason (where every casework page sends a user who needs
 * one), and the supervisors' list of reads with a reason and of protection officers.
 */
@Controller
class ReasonController {
    private final CaseAccess access;
    private final RestrictedReads reads;
    private final Access scope;

    ReasonController(CaseAccess access, RestrictedReads reads, Access scope) {
        this.access = access;
        this.reads = reads;
        this.scope = scope;
    }

    @GetMapping("/cases/{id}/reason")
    String form(@PathVariable UUID id, Model model) {
        model.addAttribute("caseId", id);
        model.addAttribute("minimum", CaseAccess.MIN_REASON);
        return "casework/reason";
    }

    @PostMapping("/cases/{id}/reason")
    String state(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, Model model) {
        try {
            access.stateReason(new CaseId(id), reason);
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.violations());
            return form(id, model);
        }
        return "redirect:/cases/" + id;
    }

    @GetMapping("/cases/restricted-reads")
    String reads(jakarta.servlet.http.HttpServletRequest request, Model model) {
        ListState list = ListState.of(request);
        model.addAttribute("page", access.restrictedReads(list.request()));
        model.addAttribute("list", list);
        model.addAttribute("officers", reads.officers());
        model.addAttribute("admin", scope.current().isAdministrator());
        return "casework/restricted";
    }

    @PostMapping("/cases/protection-officers")
    String designate(@RequestParam String username) {
        access.designateProtectionOfficer(username);
        return "redirect:/cases/restricted-reads";
    }
}
