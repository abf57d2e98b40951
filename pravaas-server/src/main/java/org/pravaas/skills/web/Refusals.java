package org.pravaas.skills.web;

import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.web.Forms;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Buttons without a form of their own: a refused step comes back as a message with its reason. */
final class Refusals {
    static final String REFUSAL = "refusal";

    private Refusals() {}

    static void attempt(RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            Forms.flash(redirect, done);
        } catch (RuleViolation e) {
            redirect.addFlashAttribute(REFUSAL, e.violations().get(0));
        }
    }
}
