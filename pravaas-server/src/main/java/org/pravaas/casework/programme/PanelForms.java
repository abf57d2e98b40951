package org.pravaas.casework.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pravaas.casework.CaseId;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.StaleUpdateException;
import org.pravaas.shared.web.Forms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the programme panels post here and return to the case page. A refusal comes back
 * as messages above the panel (in the user's language), so the case page need not know the forms.
 */
@Component
public class PanelForms {
    /** The flash attribute the panels read: the reasons a form was refused, already in words. */
    public static final String PROBLEMS = "programmeProblems";

    private final MessageSource messages;

    PanelForms(MessageSource messages) {
        this.messages = messages;
    }

    /** Runs the change; redirects to the case page with a confirmation or with the reasons it was refused. */
    public String attempt(CaseId id, Runnable change, String doneKey, RedirectAttributes redirect) {
        return attempt("/cases/" + id.value(), change, doneKey, redirect);
    }

    /** As above, returning to {@code page}. */
    public String attempt(String page, Runnable change, String doneKey, RedirectAttributes redirect) {
        try {
            change.run();
            Forms.flash(redirect, doneKey);
        } catch (RuleViolation e) {
            redirect.addFlashAttribute(PROBLEMS, words(e));
        } catch (StaleUpdateException e) {
            redirect.addFlashAttribute(PROBLEMS, new ArrayList<>(List.of(text("form.stale"))));
        }
        return "redirect:" + page;
    }

    private ArrayList<String> words(RuleViolation e) {
        Locale locale = LocaleContextHolder.getLocale();
        ArrayList<String> list = new ArrayList<>();
        for (RuleViolation.Violation v : e.violations()) {
            list.add(messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale));
        }
        return list;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
