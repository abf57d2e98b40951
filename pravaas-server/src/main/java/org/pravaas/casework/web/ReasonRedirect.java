package org.pravaas.casework.web;

import org.pravaas.casework.file.ReasonRequiredException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Sends a user who opens a restricted case without a designation or a stated reason to the page
 * that asks for one, from every casework page (the programme sections' pages too). The API answers
 * 403 instead (its own advice comes first).
 */
@ControllerAdvice(basePackages = "org.pravaas.casework")
class ReasonRedirect {
    @ExceptionHandler(ReasonRequiredException.class)
    String reasonRequired(ReasonRequiredException e) {
        return "redirect:/cases/" + e.caseId() + "/reason";
    }
}
