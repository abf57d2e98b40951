package org.pravaas.casework.note;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.CaseSummary;
import org.pravaas.casework.Cases;
import org.pravaas.casework.file.CaseEffects;
import org.pravaas.shared.Ids;
import org.pravaas.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Notes on a case: written by those who may change it, never edited (a correction is a new note). */
@Service
public class NoteService {
    static final int MAX_LENGTH = 10_000;
    private final JdbcClient jdbc;
    private final Cases cases;
    private final CaseEffects effects;

    NoteService(JdbcClient jdbc, Cases cases, CaseEffects effects) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.effects = effects;
    }

    /** A note, who wrote it and when. */
    public record Note(UUID id, String body, Instant createdAt, String createdBy) {}

    @Transactional
    public UUID add(CaseId caseId, @Nullable String body) {
        CaseSummary c = cases.write(caseId);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new RuleViolation("body", "casework.note.body-required", MAX_LENGTH);
        }
        UUID id = Ids.newId();
        Instant now = effects.now();
        jdbc.sql("insert into casework.note (id, case_id, body, created_at, created_by) values (:id, :c, :b, :at, :by)")
                .param("id", id)
                .param("c", caseId.value())
                .param("b", text)
                .param("at", Timestamp.from(now))
                .param("by", effects.actor())
                .update();
        effects.timeline(caseId, "casework.timeline.note-added", List.of(), now);
        effects.audit(AuditEvent.of("casework.note.added", "case", caseId, c.officeId()));
        return id;
    }

    /** The case's notes, oldest first (the caller has read the case). */
    @Transactional(readOnly = true)
    public List<Note> of(CaseId caseId) {
        return jdbc.sql("select id, body, created_at, created_by from casework.note where case_id = :c"
                        + " order by created_at")
                .param("c", caseId.value())
                .query((rs, n) -> new Note(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4)))
                .list();
    }
}
