package org.pravaas.casework.file;

import org.pravaas.casework.CaseId;
import org.springframework.security.access.AccessDeniedException;

/** A restricted case, and the user is no protection officer and stated no reason yet: the page asks for one. */
public class ReasonRequiredException extends AccessDeniedException {
    private final CaseId caseId;

    public ReasonRequiredException(CaseId caseId) {
        super("A reason is required to open restricted case " + caseId);
        this.caseId = caseId;
    }

    public CaseId caseId() {
        return caseId;
    }
}
