package org.pravaas.governance.session;

import java.util.List;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.governance.organ.Organ;
import org.pravaas.governance.organ.Organs;
import org.pravaas.organization.Access;
import org.pravaas.organization.Role;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Convening sessions and reading everything recorded of them. */
@Service
public class SessionService {
    private static final SessionWithinOrganPolicy POLICY = new SessionWithinOrganPolicy();

    private final Sessions sessions;
    private final Resolutions resolutions;
    private final Organs organs;
    private final Access access;
    private final AuditLog audit;

    SessionService(Sessions sessions, Resolutions resolutions, Organs organs, Access access, AuditLog audit) {
        this.sessions = sessions;
        this.resolutions = resolutions;
        this.organs = organs;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public SessionView get(UUID id) {
        access.current();
        Session s = sessions.find(id).orElseThrow(() -> new NotFoundException("session", id));
        return new SessionView(
                s,
                organs.find(s.organId()).orElseThrow(),
                sessions.agenda(id),
                sessions.documents(id),
                sessions.attendance(id),
                sessions.officers(id),
                resolutions.ofSession(id));
    }

    @Transactional(readOnly = true)
    public List<Session> ofOrgan(UUID organ) {
        access.current();
        return sessions.ofOrgan(organ);
    }

    @Transactional(readOnly = true)
    public List<Session> recent(int limit) {
        access.current();
        return sessions.recent(limit);
    }

    @Transactional
    public Session convene(SessionCommand c) {
        requireOfficer();
        Organ organ = organs.find(c.organId()).orElseThrow(() -> new RuleViolation("organId", "validation.unknown"));
        var violations = POLICY.check(c, organ, sessions.numberTaken(organ.id(), c.number()));
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        Session s = new Session(
                Ids.newId(),
                organ.id(),
                organ.code(),
                organ.names(),
                c.number(),
                c.special(),
                c.startsOn(),
                c.endsOn(),
                c.venue().strip(),
                c.report());
        sessions.insert(s);
        audit.record(AuditEvent.of("governance.session.convened", "session", s.id(), null)
                .withDetails(organ.code() + " " + c.number()));
        return s;
    }

    private void requireOfficer() {
        access.requireRole(Role.GOVERNANCE_OFFICER, Role.ADMINISTRATOR);
    }
}
