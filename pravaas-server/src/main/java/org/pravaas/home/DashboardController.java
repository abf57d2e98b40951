package org.pravaas.home;

import org.pravaas.audit.AuditLog;
import org.pravaas.audit.AuditQuery;
import org.pravaas.organization.Access;
import org.pravaas.organization.OrganizationFigures;
import org.pravaas.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the user's office and what is in their scope at a glance. */
@Controller
class DashboardController {
    private final OrganizationFigures figures;
    private final Access access;
    private final AuditLog audit;

    DashboardController(OrganizationFigures figures, Access access, AuditLog audit) {
        this.figures = figures;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        model.addAttribute("figures", figures.inScope());
        if (access.current().isAdministrator()) {
            model.addAttribute(
                    "recent",
                    audit.search(AuditQuery.everything(), PageRequest.first(8)).items());
        }
        return "home/dashboard";
    }
}
