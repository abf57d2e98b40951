package org.pravaas.governance.organ;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.Role;
import org.pravaas.shared.Ids;
import org.pravaas.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointing Directors General and Deputies, and renaming the organisation. One person holds a
 * post at a time: a term that overlaps another term of the same post is refused, naming the
 * holder it would overlap. The organisation bears one name at a time.
 */
@Service
public class LeadershipService {
    private static final OrganisationNamePolicy NAMES = new OrganisationNamePolicy();

    private final Leadership leadership;
    private final Access access;
    private final AuditLog audit;

    LeadershipService(Leadership leadership, Access access, AuditLog audit) {
        this.leadership = leadership;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public ExecutiveHead appoint(HeadCommand c) {
        access.requireRole(Role.GOVERNANCE_OFFICER, Role.ADMINISTRATOR);
        if (c.to() != null && c.to().isBefore(c.from())) {
            throw new RuleViolation("to", "governance.term.ends-before-start");
        }
        Optional<ExecutiveHead> clash = overlapping(leadership.heads(), c);
        if (clash.isPresent()) {
            ExecutiveHead h = clash.get();
            throw new RuleViolation(
                    "from", "governance.head.overlap", h.name(), h.from(), h.to() == null ? "…" : h.to());
        }
        ExecutiveHead head = new ExecutiveHead(Ids.newId(), c.post(), c.name().strip(), c.from(), c.to());
        leadership.insertHead(head.id(), head.post(), head.name(), head.from(), head.to());
        audit.record(AuditEvent.of("governance.head.appointed", "executive_head", head.id(), null)
                .withDetails(c.post()));
        return head;
    }

    /** Records a new name from its first day; the name in use until then ends the day before. */
    @Transactional
    public OrganisationName rename(NameCommand c) {
        access.requireRole(Role.GOVERNANCE_OFFICER, Role.ADMINISTRATOR);
        var violations = NAMES.check(c, leadership.names());
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        leadership.closeOpenName(c.from());
        OrganisationName name =
                new OrganisationName(c.name().strip(), c.acronym().strip(), c.from(), null);
        var id = Ids.newId();
        leadership.insertName(id, name.name(), name.acronym(), name.from(), null);
        audit.record(AuditEvent.of("governance.name.recorded", "organisation_name", id, null)
                .withDetails(name.acronym() + " " + name.from()));
        return name;
    }

    /** The term of the same post that shares a day with the new one, if any. */
    static Optional<ExecutiveHead> overlapping(List<ExecutiveHead> heads, HeadCommand c) {
        LocalDate end = c.to() == null ? LocalDate.MAX : c.to();
        return heads.stream()
                .filter(h -> h.post().equals(c.post()))
                .filter(h -> !h.from().isAfter(end) && (h.to() == null || !h.to().isBefore(c.from())))
                .findFirst();
    }
}
