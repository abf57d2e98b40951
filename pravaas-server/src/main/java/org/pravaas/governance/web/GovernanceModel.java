package org.pravaas.governance.web;

import java.time.LocalDate;
import org.pravaas.organization.Access;
import org.pravaas.organization.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every governance page needs: whether the user may change records, and today's date. */
@ControllerAdvice(basePackages = "org.pravaas.governance")
class GovernanceModel {
    private final Access access;

    GovernanceModel(Access access) {
        this.access = access;
    }

    @ModelAttribute("mayEdit")
    boolean mayEdit() {
        return access.signedIn()
                .map(u -> u.has(Role.GOVERNANCE_OFFICER) || u.has(Role.ADMINISTRATOR))
                .orElse(false);
    }

    @ModelAttribute("today")
    LocalDate today() {
        return LocalDate.now();
    }
}
