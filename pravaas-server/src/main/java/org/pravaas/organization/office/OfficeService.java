package org.pravaas.organization.office;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.OfficeId;
import org.pravaas.organization.Role;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.pravaas.shared.StaleUpdateException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening, changing and finding offices, within the acting user's subtree. Any signed-in user
 * reads the offices in their scope; administrators change them.
 */
@Service
public class OfficeService {
    private final Offices offices;
    private final Access access;
    private final AuditLog audit;
    private final OfficeHierarchyPolicy policy;

    OfficeService(Offices offices, Access access, AuditLog audit, OfficeHierarchyPolicy policy) {
        this.offices = offices;
        this.access = access;
        this.audit = audit;
        this.policy = policy;
    }

    @Transactional(readOnly = true)
    public Page<Office> search(Offices.Query query, PageRequest page) {
        return offices.search(access.current().officePath(), query, page);
    }

    @Transactional
    public List<Office> export(Offices.Query query, PageRequest page) {
        List<Office> rows = offices.export(access.current().officePath(), query, page);
        audit.record(new AuditEvent("office.exported", "office", null, null, null, "rows=" + rows.size(), null));
        return rows;
    }

    @Transactional(readOnly = true)
    public List<Office> inScope() {
        return offices.inScope(access.current().officePath());
    }

    @Transactional(readOnly = true)
    public Office get(UUID id) {
        Office office = offices.find(id).orElseThrow(() -> new NotFoundException("office", id));
        access.requireOffice(new OfficeId(id));
        return office;
    }

    @Transactional
    public Office open(OfficeCommand command) {
        access.requireRole(Role.ADMINISTRATOR);
        Optional<Office> parent = parentOf(command);
        check(command, parent, Optional.empty());
        UUID id = Ids.newId();
        String path = parent.map(Office::path).orElse("/") + id + "/";
        try {
            offices.insert(id, command, path);
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("code", "office.code.taken", command.code());
        }
        audit.record(AuditEvent.of("office.created", "office", id, id));
        return get(id);
    }

    @Transactional
    public Office change(UUID id, long expectedVersion, OfficeCommand command) {
        CurrentUser user = access.requireRole(Role.ADMINISTRATOR);
        Office current = get(id);
        if (current.id().toString().equals(user.officeId().toString()) && !current.parentIdEquals(command.parentId())) {
            throw new RuleViolation("parentId", "office.parent.own-office");
        }
        Optional<Office> parent = parentOf(command);
        check(command, parent, Optional.of(current));
        String newPath = parent.map(Office::path).orElse("/") + id + "/";
        try {
            if (!offices.update(id, expectedVersion, command, newPath)) {
                throw new StaleUpdateException("office", id, current.version());
            }
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("code", "office.code.taken", command.code());
        }
        if (!newPath.equals(current.path())) {
            offices.repath(current.path(), newPath);
        }
        audit.record(AuditEvent.of("office.changed", "office", id, id));
        return get(id);
    }

    @Transactional(readOnly = true)
    public long countInScope() {
        return offices.count(access.current().officePath());
    }

    private Optional<Office> parentOf(OfficeCommand command) {
        if (command.parentId() == null) {
            return Optional.empty();
        }
        Office parent =
                offices.find(command.parentId()).orElseThrow(() -> new RuleViolation("parentId", "validation.unknown"));
        if (!access.covers(new OfficeId(parent.id()))) {
            throw new RuleViolation("parentId", "office.parent.out-of-scope");
        }
        return Optional.of(parent);
    }

    private void check(OfficeCommand command, Optional<Office> parent, Optional<Office> self) {
        List<Violation> violations = policy.check(command, parent, self);
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
    }
}
