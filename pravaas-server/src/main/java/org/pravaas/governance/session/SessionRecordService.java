package org.pravaas.governance.session;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.governance.MemberState;
import org.pravaas.governance.MemberStates;
import org.pravaas.governance.session.SessionParts.File;
import org.pravaas.organization.Access;
import org.pravaas.organization.Role;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeping a session's record: its agenda, its documents and their files, who attended. */
@Service
public class SessionRecordService {
    private final Sessions sessions;
    private final SessionRecords records;
    private final MemberStates members;
    private final Access access;
    private final AuditLog audit;

    SessionRecordService(
            Sessions sessions, SessionRecords records, MemberStates members, Access access, AuditLog audit) {
        this.sessions = sessions;
        this.records = records;
        this.members = members;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public void addAgendaItem(UUID session, AgendaItemCommand c) {
        requireOfficer();
        find(session);
        UUID id = Ids.newId();
        sessions.addAgendaItem(id, session, c.titles());
        audit.record(AuditEvent.of("governance.agenda.added", "agenda_item", id, null));
    }

    @Transactional
    public void addDocument(UUID session, DocumentCommand c, @Nullable File file) {
        requireOfficer();
        find(session);
        if (records.symbolTaken(c.symbol().strip())) {
            throw new RuleViolation("symbol", "governance.document.symbol-taken", c.symbol());
        }
        UUID id = Ids.newId();
        records.addDocument(id, session, c.agendaItemId(), c.symbol().strip(), c.titles(), c.language(), file);
        audit.record(
                AuditEvent.of("governance.document.added", "document", id, null).withDetails(c.symbol()));
    }

    @Transactional(readOnly = true)
    public File file(UUID document) {
        access.current();
        return records.file(document).orElseThrow(() -> new NotFoundException("document", document));
    }

    /**
     * Records a delegation as present, in the capacity its state held on the session's first day:
     * a state that was neither member nor observer then did not attend as either.
     */
    @Transactional
    public void attend(UUID session, AttendanceCommand c) {
        requireOfficer();
        LocalDate opened = find(session).startsOn();
        Optional<MemberState> state = members.state(c.country(), opened);
        if (state.isEmpty()) {
            throw new RuleViolation("country", "governance.attendance.not-taking-part", c.country(), opened);
        }
        String capacity = state.get().status().name();
        records.attend(
                session,
                c.country(),
                capacity,
                c.head() == null || c.head().isBlank() ? null : c.head().strip());
        audit.record(AuditEvent.of("governance.attendance.recorded", "session", session, null)
                .withDetails(c.country() + " " + capacity));
    }

    /** Records an officer of the session; officers come from member states of that day. */
    @Transactional
    public void addOfficer(UUID session, OfficerCommand c) {
        requireOfficer();
        LocalDate opened = find(session).startsOn();
        if (!members.isMember(c.country(), opened)) {
            throw new RuleViolation("country", "governance.officer.not-member", c.country(), opened);
        }
        UUID id = Ids.newId();
        records.addOfficer(id, session, c.role(), c.name().strip(), c.country());
        audit.record(AuditEvent.of("governance.officer.elected", "session", session, null)
                .withDetails(c.role()));
    }

    private Session find(UUID session) {
        access.current();
        return sessions.find(session).orElseThrow(() -> new NotFoundException("session", session));
    }

    private void requireOfficer() {
        access.requireRole(Role.GOVERNANCE_OFFICER, Role.ADMINISTRATOR);
    }
}
