package org.pravaas.governance.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.governance.membership.ObserverOrganisations.ObserverOrganisation;
import org.pravaas.organization.Access;
import org.pravaas.organization.Role;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Granting and ending the observer status of intergovernmental and non-governmental organisations. */
@Service
public class ObserverOrganisationService {
    private static final ObserverStatusPolicy POLICY = new ObserverStatusPolicy();

    private final ObserverOrganisations observers;
    private final Access access;
    private final AuditLog audit;

    ObserverOrganisationService(ObserverOrganisations observers, Access access, AuditLog audit) {
        this.observers = observers;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ObserverOrganisation> on(LocalDate day) {
        access.current();
        return observers.on(day);
    }

    @Transactional
    public ObserverOrganisation register(ObserverCommand c) {
        access.requireRole(Role.GOVERNANCE_OFFICER, Role.ADMINISTRATOR);
        var violations = POLICY.checkNew(c, observers.named(c.name()));
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        var created = new ObserverOrganisation(Ids.newId(), c.name().strip(), c.kind(), c.from(), null);
        observers.insert(created.id(), created.name(), created.kind(), created.from(), null);
        audit.record(AuditEvent.of(
                        "governance.observer-organisation.registered", "observer_organisation", created.id(), null)
                .withDetails(created.name()));
        return created;
    }

    @Transactional
    public ObserverOrganisation end(UUID id, ObserverEndCommand c) {
        access.requireRole(Role.GOVERNANCE_OFFICER, Role.ADMINISTRATOR);
        var status = observers.find(id).orElseThrow(() -> new NotFoundException("observer_organisation", id));
        var violations = POLICY.checkEnd(status, c.lastDay());
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        if (!observers.close(id, c.lastDay().plusDays(1))) {
            throw new RuleViolation("lastDay", "governance.observer-organisation.ended-meanwhile");
        }
        audit.record(AuditEvent.of("governance.observer-organisation.ended", "observer_organisation", id, null)
                .withDetails(status.name() + " " + c.lastDay()));
        return observers.find(id).orElseThrow();
    }
}
