package org.pravaas.casework;

import java.util.List;
import org.pravaas.casework.file.CaseAccess;
import org.pravaas.casework.file.CaseEffects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules and the programme sections ask of casework: a case they may read or change.
 * Office scope and the restricted-programme rule apply exactly as on the case page.
 */
@Service("cases")
public class Cases {
    private final CaseAccess access;
    private final CaseEffects effects;

    Cases(CaseAccess access, CaseEffects effects) {
        this.access = access;
        this.effects = effects;
    }

    /**
     * The case if the current user may read it (office scope; restricted programmes need a protection
     * designation or a reason stated for the case in the last 30 minutes, else an
     * AccessDeniedException — a {@code ReasonRequiredException}, which the case page turns into a
     * "reason required" page); audits the read. Throws NotFoundException when absent.
     */
    @Transactional
    public CaseSummary read(CaseId id) {
        return access.read(id).summary();
    }

    /**
     * The case if the current user may change it (CASEWORKER or ADMINISTRATOR over its office, case
     * open, readable as above); RuleViolation {@code casework.closed} when closed. The caller audits
     * its own write.
     */
    @Transactional(readOnly = true)
    public CaseSummary write(CaseId id) {
        return access.write(id).summary();
    }

    /** Appends a line to the case's timeline (message key + arguments, no personal data in the key). */
    @Transactional
    public void recordOnTimeline(CaseId id, String messageKey, List<String> arguments) {
        effects.timeline(id, messageKey, arguments, effects.now());
    }
}
