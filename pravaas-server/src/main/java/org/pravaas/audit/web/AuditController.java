package org.pravaas.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import org.pravaas.audit.AuditEntry;
import org.pravaas.audit.AuditLog;
import org.pravaas.audit.AuditQuery;
import org.pravaas.shared.api.ApiPage;
import org.pravaas.shared.web.Htmx;
import org.pravaas.shared.web.ListState;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The audit log search page and its API, for administrators. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AuditController {
    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String search(AuditQuery query, HttpServletRequest request, Model model) {
        ListState state = ListState.of(request);
        model.addAttribute("list", state);
        model.addAttribute("filter", query);
        model.addAttribute("page", audit.search(query, state.request()));
        return Htmx.view(request, "audit/log", "results");
    }

    @PostMapping("/admin/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", audit.verify());
        return "audit/log :: verification";
    }

    @GetMapping("/api/v1/audit")
    @ResponseBody
    ApiPage<AuditEntry> api(AuditQuery query, HttpServletRequest request) {
        return ApiPage.of(audit.search(query, ListState.of(request).request()));
    }
}
