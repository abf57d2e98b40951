package org.pravaas.governance.organ;

import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.governance.LocalizedText;
import org.pravaas.organization.Access;
import org.pravaas.organization.Role;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and dissolving organs. Once an organ is dissolved, sessions and elected terms after
 * its last day are refused by the session and seat policies, which check its existence.
 */
@Service
public class OrganLifecycleService {
    private static final OrganExistencePolicy POLICY = new OrganExistencePolicy();

    private final Organs organs;
    private final Access access;
    private final AuditLog audit;

    OrganLifecycleService(Organs organs, Access access, AuditLog audit) {
        this.organs = organs;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public Organ create(OrganCommand c) {
        access.requireRole(Role.GOVERNANCE_OFFICER, Role.ADMINISTRATOR);
        var violations = POLICY.checkNew(c, organs.findByCode(c.code()).isPresent());
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        String mandate = c.mandate() == null ? "" : c.mandate().strip();
        Organ organ = new Organ(
                Ids.newId(),
                c.code(),
                LocalizedText.english(c.name().strip()),
                LocalizedText.english(mandate),
                c.kind(),
                null,
                c.seats(),
                c.from(),
                c.to() == null ? null : c.to().plusDays(1));
        organs.insert(organ);
        audit.record(AuditEvent.of("governance.organ.created", "organ", organ.id(), null)
                .withDetails(organ.code()));
        return organ;
    }

    @Transactional
    public Organ dissolve(UUID id, DissolutionCommand c) {
        access.requireRole(Role.GOVERNANCE_OFFICER, Role.ADMINISTRATOR);
        Organ organ = organs.find(id).orElseThrow(() -> new NotFoundException("organ", id));
        var violations = POLICY.checkDissolution(organ, c.lastDay(), organs.lastBusinessDay(id));
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        if (!organs.close(id, c.lastDay().plusDays(1))) {
            throw new RuleViolation("lastDay", "governance.organ.dissolved-meanwhile");
        }
        audit.record(AuditEvent.of("governance.organ.dissolved", "organ", id, null)
                .withDetails(organ.code() + " " + c.lastDay()));
        return organs.find(id).orElseThrow();
    }
}
