package org.pravaas.casework.programme.avrr;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reintegration plans and assistance lines. */
@Repository
class Reintegration {
    private final JdbcClient jdbc;

    Reintegration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Plan> plan(UUID caseId) {
        return jdbc.sql("select * from casework.avrr_plan where case_id = :id")
                .param("id", caseId)
                .query((rs, n) -> new Plan(
                        caseId,
                        rs.getString("goals"),
                        rs.getString("needs"),
                        date(rs, "agreed_on"),
                        rs.getLong("version")))
                .optional();
    }

    /**
     * Creates the plan (version 0 given: none may exist yet) or updates it; false when the version
     * given is no longer the plan's. A new row starts at 1, so a second "first" save is stale.
     */
    boolean savePlan(UUID caseId, String goals, String needs, @Nullable LocalDate agreedOn, long expectedVersion) {
        return jdbc.sql(
                                """
                insert into casework.avrr_plan (case_id, goals, needs, agreed_on, version) values (:id, :g, :n, :a, 1)
                on conflict (case_id) do update set goals = :g, needs = :n, agreed_on = :a,
                    version = avrr_plan.version + 1
                where avrr_plan.version = :v
                """)
                        .param("id", caseId)
                        .param("g", goals)
                        .param("n", needs)
                        .param("a", agreedOn)
                        .param("v", expectedVersion)
                        .update()
                == 1;
    }

    List<AssistanceLine> lines(UUID caseId) {
        return jdbc.sql("select * from casework.avrr_assistance where case_id = :id order by planned_on, id")
                .param("id", caseId)
                .query(Reintegration::line)
                .list();
    }

    Optional<AssistanceLine> line(UUID id) {
        return jdbc.sql("select * from casework.avrr_assistance where id = :id")
                .param("id", id)
                .query(Reintegration::line)
                .optional();
    }

    void insert(AssistanceLine l) {
        jdbc.sql(
                        """
                insert into casework.avrr_assistance
                    (id, case_id, type, amount_minor, currency, planned_on, delivered_on, status)
                values (:id, :c, :t, :m, :cur, :p, :d, :s)
                """)
                .param("id", l.id())
                .param("c", l.caseId())
                .param("t", l.type().name())
                .param("m", l.amountMinor())
                .param("cur", l.currency())
                .param("p", l.plannedOn())
                .param("d", l.deliveredOn())
                .param("s", l.status().name())
                .update();
    }

    boolean setStatus(UUID id, AssistanceLine.Status status, @Nullable LocalDate deliveredOn, long expectedVersion) {
        return jdbc.sql(
                                """
                update casework.avrr_assistance set status = :s, delivered_on = :d, version = version + 1
                where id = :id and version = :v
                """)
                        .param("id", id)
                        .param("s", status.name())
                        .param("d", deliveredOn)
                        .param("v", expectedVersion)
                        .update()
                == 1;
    }

    private static AssistanceLine line(ResultSet rs, int n) throws SQLException {
        return new AssistanceLine(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                AssistanceLine.Type.valueOf(rs.getString("type")),
                rs.getLong("amount_minor"),
                rs.getString("currency"),
                rs.getDate("planned_on").toLocalDate(),
                date(rs, "delivered_on"),
                AssistanceLine.Status.valueOf(rs.getString("status")),
                rs.getLong("version"));
    }

    static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
