package org.pravaas.casework.file;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stage changes waiting for a second person's approval (one at a time per case). */
@Repository
public class Proposals {
    private static final String COLUMNS = "id, case_id, office_id, from_stage, to_stage, status, proposed_by,"
            + " proposed_at, decided_by, decided_at, reason";
    private static final String QUALIFIED = "p." + COLUMNS.replace(", ", ", p.");
    private final JdbcClient jdbc;

    Proposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A proposed stage change and what became of it. */
    public record Proposal(
            UUID id,
            UUID caseId,
            UUID officeId,
            String from,
            String to,
            String status,
            String proposedBy,
            Instant proposedAt,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable String reason) {
        public boolean pending() {
            return "PENDING".equals(status);
        }
    }

    void insert(Proposal p) {
        jdbc.sql(
                        """
                insert into casework.proposal (id, case_id, office_id, from_stage, to_stage, status, proposed_by, proposed_at)
                values (:id, :c, :o, :from, :to, 'PENDING', :by, :at)
                """)
                .param("id", p.id())
                .param("c", p.caseId())
                .param("o", p.officeId())
                .param("from", p.from())
                .param("to", p.to())
                .param("by", p.proposedBy())
                .param("at", Timestamp.from(p.proposedAt()))
                .update();
    }

    Optional<Proposal> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from casework.proposal where id = :id")
                .param("id", id)
                .query(Proposals::map)
                .optional();
    }

    Optional<Proposal> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from casework.proposal where id = :id for update")
                .param("id", id)
                .query(Proposals::map)
                .optional();
    }

    public Optional<Proposal> pendingOf(UUID caseId) {
        return jdbc.sql("select " + COLUMNS + " from casework.proposal where case_id = :c and status = 'PENDING'")
                .param("c", caseId)
                .query(Proposals::map)
                .optional();
    }

    /** Pending proposals of cases now in the offices (a transferred case's proposal follows it). */
    public List<Proposal> pendingIn(CaseAccess.QueueScope scope, int limit) {
        return jdbc.sql("select " + QUALIFIED
                        + " from casework.proposal p join casework.case_file c on c.id = p.case_id"
                        + " where c.office_id = any(:o) and p.status = 'PENDING' and not (c.programme = any(:hidden))"
                        + " order by p.proposed_at limit :limit")
                .param("o", scope.offices().toArray(UUID[]::new))
                .param("hidden", scope.hiddenProgrammes().toArray(String[]::new))
                .param("limit", limit)
                .query(Proposals::map)
                .list();
    }

    /** Marks the case's waiting proposal, if any, superseded by a move the case made another way. */
    void supersede(UUID caseId, String by, Instant at, String move) {
        jdbc.sql("update casework.proposal set status = 'SUPERSEDED', decided_by = :by, decided_at = :at, reason = :r"
                        + " where case_id = :c and status = 'PENDING'")
                .param("c", caseId)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("r", move)
                .update();
    }

    void decide(UUID id, String status, String by, Instant at, @Nullable String reason) {
        jdbc.sql(
                        "update casework.proposal set status = :s, decided_by = :by, decided_at = :at, reason = :r where id = :id")
                .param("id", id)
                .param("s", status)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("r", reason)
                .update();
    }

    private static Proposal map(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Proposal(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("office_id", UUID.class),
                rs.getString("from_stage"),
                rs.getString("to_stage"),
                rs.getString("status"),
                rs.getString("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(),
                rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(),
                rs.getString("reason"));
    }
}
