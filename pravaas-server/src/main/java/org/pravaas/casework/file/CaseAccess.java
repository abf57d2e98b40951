package org.pravaas.casework.file;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.definition.Definitions;
import org.pravaas.casework.definition.Programme;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.OfficeId;
import org.pravaas.organization.Role;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who reads and changes a case: a case role over the case's office;
 * for a restricted programme also a protection designation or a reason stated for that case within
 * the last {@link #REASON_OPEN} (audited, listed for supervisors). Every read is audited.
 */
@Service
public class CaseAccess {
    public static final Duration REASON_OPEN = Duration.ofMinutes(30);
    public static final int MIN_REASON = 10;
    private final CaseFiles files;
    private final Definitions definitions;
    private final RestrictedReads restricted;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;

    CaseAccess(
            CaseFiles files,
            Definitions definitions,
            RestrictedReads restricted,
            Access access,
            AuditLog audit,
            Clock clock) {
        this.files = files;
        this.definitions = definitions;
        this.restricted = restricted;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case if the user may read it; the read is audited (with the stated reason for a restricted case). */
    @Transactional
    public CaseFile read(CaseId id) {
        CaseFile file = find(id);
        Optional<RestrictedReads.Read> reason = check(file);
        AuditEvent event =
                AuditEvent.of("casework.case.read", "case", id, file.summary().officeId());
        audit.record(reason.map(r -> event.because("restricted " + r.id() + ": " + r.reason()))
                .orElse(event));
        return file;
    }

    /** The case if the user may change it: a writing role over its office, readable, still open. */
    @Transactional(readOnly = true)
    public CaseFile write(CaseId id) {
        access.requireRole(CaseRoles.WRITE);
        CaseFile file = find(id);
        check(file);
        if (!file.summary().open()) {
            throw new RuleViolation("", "casework.closed");
        }
        return file;
    }

    /** Whether the user may see the case at all, without reading it (lists, links). */
    public boolean mayRead(CaseFile file) {
        try {
            check(file);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /** Records the user's reason to open a restricted case for {@link #REASON_OPEN}. */
    @Transactional
    public void stateReason(CaseId id, @Nullable String reason) {
        CurrentUser user = access.requireRole(CaseRoles.READ);
        CaseFile file = find(id);
        access.requireOffice(new OfficeId(file.summary().officeId()));
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON) {
            throw new RuleViolation("reason", "casework.restricted.reason-required", MIN_REASON);
        }
        Instant now = clock.instant();
        RestrictedReads.Read read = new RestrictedReads.Read(
                Ids.newId(), id.value(), file.summary().officeId(), user.username(), why, now, now.plus(REASON_OPEN));
        restricted.insert(read);
        audit.record(AuditEvent.of(
                        "casework.restricted.opened", "case", id, file.summary().officeId())
                .because(why));
    }

    /** Designates a protection officer; only an administrator may. */
    @Transactional
    public void designateProtectionOfficer(String username) {
        if (!access.current().isAdministrator()) {
            throw new AccessDeniedException("Administrators designate protection officers");
        }
        String who = username.strip();
        if (who.isEmpty()) {
            throw new RuleViolation("username", "validation.required");
        }
        restricted.designate(who, actor(), clock.instant());
        audit.record(AuditEvent.of("casework.protection-officer.designated", "user", who, null));
    }

    public boolean isRestricted(String programme) {
        return definitions.restricted(programme);
    }

    public boolean mayWrite() {
        return access.signedIn()
                .map(u -> Arrays.stream(CaseRoles.WRITE).anyMatch(u::has))
                .orElse(false);
    }

    /**
     * What a work queue (tasks, approvals) may list for the signed-in user, who must hold one of
     * the roles: the offices in scope, and the restricted programmes to leave out unless the user
     * is a protection officer (a queue shows titles and stages, which a reason opens case by case).
     */
    public QueueScope queue(Role... roles) {
        CurrentUser user = access.requireRole(roles);
        List<String> hidden = restricted.isProtectionOfficer(user.username())
                ? List.of()
                : definitions.programmes().stream()
                        .filter(Programme::restricted)
                        .map(Programme::code)
                        .toList();
        return new QueueScope(access.officesInScope(), hidden);
    }

    /** Offices a queue covers and programmes it leaves out. */
    public record QueueScope(List<UUID> offices, List<String> hiddenProgrammes) {}

    /** Who opened restricted cases of the user's offices with a reason, newest first: for supervisors only. */
    @Transactional(readOnly = true)
    public org.pravaas.shared.Page<RestrictedReads.Read> restrictedReads(org.pravaas.shared.PageRequest page) {
        if (!maySupervise()) {
            throw new AccessDeniedException("Administrators and protection officers only");
        }
        return restricted.ofOffices(access.officesInScope(), page);
    }

    /** Administrators and protection officers see who opened restricted cases with a reason. */
    public boolean maySupervise() {
        return access.signedIn()
                .map(u -> u.isAdministrator() || restricted.isProtectionOfficer(u.username()))
                .orElse(false);
    }

    private CaseFile find(CaseId id) {
        return files.find(id.value()).orElseThrow(() -> new NotFoundException("case", id));
    }

    /** Fails unless the user may read the case; the reason they stated, when that is what let them in. */
    private Optional<RestrictedReads.Read> check(CaseFile file) {
        CurrentUser user = access.requireRole(CaseRoles.READ);
        access.requireOffice(new OfficeId(file.summary().officeId()));
        if (!definitions.restricted(file.summary().programme()) || restricted.isProtectionOfficer(user.username())) {
            return Optional.empty();
        }
        Optional<RestrictedReads.Read> open =
                restricted.open(user.username(), file.summary().id().value(), clock.instant());
        if (open.isEmpty()) {
            throw new ReasonRequiredException(file.summary().id());
        }
        return open;
    }

    /** The signed-in user's name, or "system" for a listener acting on another module's event. */
    public String actor() {
        return access.signedIn().map(CurrentUser::username).orElse("system");
    }

    public boolean hasRole(Role role) {
        return access.signedIn().map(u -> u.has(role)).orElse(false);
    }
}
