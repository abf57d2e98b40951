package org.pravaas.casework.transfer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.CaseSummary;
import org.pravaas.casework.Cases;
import org.pravaas.casework.file.CaseEffects;
import org.pravaas.casework.file.CaseFiles;
import org.pravaas.casework.file.CaseRoles;
import org.pravaas.organization.Access;
import org.pravaas.organization.OfficeId;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a case to another office in two steps: the owning office proposes (with a reason), a
 * caseworker or administrator of the receiving office accepts or declines. Until then the case
 * stays where it is.
 */
@Service
public class TransferService {
    private static final String COLUMNS =
            "t.id, t.case_id, c.reference, t.from_office, t.to_office, t.status, t.reason, t.proposed_by, t.proposed_at";
    private final JdbcClient jdbc;
    private final Cases cases;
    private final CaseFiles files;
    private final Access access;
    private final CaseEffects effects;

    TransferService(JdbcClient jdbc, Cases cases, CaseFiles files, Access access, CaseEffects effects) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.files = files;
        this.access = access;
        this.effects = effects;
    }

    /** A proposed or answered transfer. */
    public record Transfer(
            UUID id,
            UUID caseId,
            String caseReference,
            UUID fromOffice,
            UUID toOffice,
            String status,
            String reason,
            String proposedBy,
            Instant proposedAt) {}

    @Transactional
    public UUID propose(CaseId caseId, @Nullable UUID toOffice, @Nullable String reason) {
        CaseSummary c = cases.write(caseId);
        if (toOffice == null || toOffice.equals(c.officeId())) {
            throw new RuleViolation("toOffice", "casework.transfer.office-required");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "casework.transfer.reason-required");
        }
        if (!pendingOf(caseId).isEmpty()) {
            throw new RuleViolation("toOffice", "casework.transfer.already-pending");
        }
        UUID id = Ids.newId();
        jdbc.sql(
                        """
                insert into casework.transfer (id, case_id, from_office, to_office, status, reason, proposed_by, proposed_at)
                values (:id, :c, :from, :to, 'PENDING', :r, :by, :at)
                """)
                .param("id", id)
                .param("c", caseId.value())
                .param("from", c.officeId())
                .param("to", toOffice)
                .param("r", reason.strip())
                .param("by", effects.actor())
                .param("at", Timestamp.from(effects.now()))
                .update();
        effects.timeline(caseId, "casework.timeline.transfer-proposed", List.of(reason.strip()), effects.now());
        effects.audit(AuditEvent.of("casework.transfer.proposed", "case", caseId, c.officeId())
                .withDetails("to=" + toOffice));
        return id;
    }

    /** The receiving office accepts (the case becomes theirs) or declines. */
    @Transactional
    public void answer(UUID transferId, boolean accept, @Nullable String why) {
        Transfer t = find(transferId);
        access.requireRole(CaseRoles.WRITE);
        access.requireOffice(new OfficeId(t.toOffice()));
        if (!"PENDING".equals(t.status())) {
            throw new RuleViolation("", "casework.transfer.not-pending");
        }
        String answer = why == null ? "" : why.strip();
        if (!accept && answer.isEmpty()) {
            throw new RuleViolation("reason", "casework.transfer.reason-required");
        }
        if (accept && files.find(t.caseId()).map(f -> !f.summary().open()).orElse(true)) {
            throw new RuleViolation("", "casework.closed");
        }
        jdbc.sql(
                        "update casework.transfer set status = :s, answered_by = :by, answered_at = :at, answer = :a where id = :id")
                .param("id", transferId)
                .param("s", accept ? "ACCEPTED" : "DECLINED")
                .param("by", effects.actor())
                .param("at", Timestamp.from(effects.now()))
                .param("a", answer.isEmpty() ? null : answer)
                .update();
        if (accept) {
            files.moveOffice(t.caseId(), t.toOffice());
        }
        CaseId caseId = new CaseId(t.caseId());
        effects.timeline(
                caseId,
                accept ? "casework.timeline.transfer-accepted" : "casework.timeline.transfer-declined",
                List.of(),
                effects.now());
        effects.audit(AuditEvent.of("casework.transfer.answered", "case", caseId, t.toOffice())
                .withDetails(accept ? "accepted" : "declined"));
    }

    /** Transfers waiting for an office in the user's scope. */
    @Transactional(readOnly = true)
    public List<Transfer> incoming() {
        if (Arrays.stream(CaseRoles.WRITE).noneMatch(access.current()::has)) {
            throw new AccessDeniedException("Transfers are answered by caseworkers and administrators");
        }
        return jdbc.sql("select " + COLUMNS + " from casework.transfer t join casework.case_file c on c.id = t.case_id"
                        + " where t.to_office = any(:o) and t.status = 'PENDING' order by t.proposed_at")
                .param("o", access.officesInScope().toArray(UUID[]::new))
                .query(TransferService::map)
                .list();
    }

    @Transactional(readOnly = true)
    public List<Transfer> pendingOf(CaseId caseId) {
        return jdbc.sql("select " + COLUMNS + " from casework.transfer t join casework.case_file c on c.id = t.case_id"
                        + " where t.case_id = :c and t.status = 'PENDING'")
                .param("c", caseId.value())
                .query(TransferService::map)
                .list();
    }

    private Transfer find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from casework.transfer t join casework.case_file c on c.id = t.case_id"
                        + " where t.id = :id for update of t")
                .param("id", id)
                .query(TransferService::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("transfer", id));
    }

    private static Transfer map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Transfer(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getObject(4, UUID.class),
                rs.getObject(5, UUID.class),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getTimestamp(9).toInstant());
    }
}
