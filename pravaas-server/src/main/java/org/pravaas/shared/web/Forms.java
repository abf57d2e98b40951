package org.pravaas.shared.web;

import java.util.Optional;
import java.util.function.Supplier;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.pravaas.shared.StaleUpdateException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Form conventions shared by every module: rule violations as field errors, flash messages. */
public final class Forms {
    public static final String FLASH = "flash";

    private Forms() {}

    /** Shows each violation beside its field (or above the form when it names none). */
    public static void reject(BindingResult result, RuleViolation violation) {
        for (Violation v : violation.violations()) {
            if (v.field().isEmpty()) {
                result.reject(v.messageKey(), v.args(), v.messageKey());
            } else {
                result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey());
            }
        }
    }

    /**
     * Runs the action when the form passed validation; a rule it breaks, or a change made by
     * someone else meanwhile, becomes a message on the form. Empty when the form must be shown again.
     */
    public static <T> Optional<T> attempt(BindingResult result, Supplier<T> action) {
        if (result.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(action.get());
        } catch (RuleViolation e) {
            reject(result, e);
        } catch (StaleUpdateException e) {
            result.reject("form.stale");
        }
        return Optional.empty();
    }

    /** A message key shown once on the next page, after a redirect. */
    public static void flash(RedirectAttributes attributes, String messageKey) {
        attributes.addFlashAttribute(FLASH, messageKey);
    }
}
