package org.pravaas.casework.web;

import java.util.List;
import java.util.UUID;
import org.pravaas.casework.CaseId;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.StaleUpdateException;
import org.pravaas.shared.web.Forms;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Renders the case page, and runs a change posted from it: refused, the page again with reasons; done, a redirect. */
@Component
class CasePage {
    private final CaseView view;
    private final CaseSections sections;

    CasePage(CaseView view, CaseSections sections) {
        this.view = view;
        this.sections = sections;
    }

    /** One transaction for the whole page: one connection, and the read's audit entry chained once. */
    @Transactional
    String render(UUID id, Model model) {
        CaseId caseId = new CaseId(id);
        view.fill(caseId, model);
        sections.fill(caseId, model);
        return "casework/case";
    }

    String attempt(UUID id, Model model, RedirectAttributes redirect, String flash, Runnable action) {
        try {
            action.run();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.violations());
            return render(id, model);
        } catch (StaleUpdateException e) {
            model.addAttribute("problems", List.of(new RuleViolation.Violation("", "form.stale")));
            return render(id, model);
        }
        Forms.flash(redirect, flash);
        return "redirect:/cases/" + id;
    }
}
