package org.pravaas.casework.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Tasks {
    private static final String COLUMNS = "t.id, t.case_id, c.reference, t.office_id, t.title, t.assignee, t.due_on,"
            + " t.done_at, t.done_by, t.created_at, t.created_by, t.version";
    private static final String FROM = " from casework.task t join casework.case_file c on c.id = t.case_id";
    private static final Map<String, String> SORTS =
            Map.of("due", "t.due_on", "case", "c.reference", "assignee", "t.assignee", "created", "t.created_at");
    private final JdbcClient jdbc;

    Tasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which open tasks a list shows: the offices less some programmes, only one assignee's, only overdue ones. */
    record Filter(
            List<UUID> offices,
            List<String> hiddenProgrammes,
            @Nullable String assignee,
            boolean overdueOnly,
            LocalDate today) {}

    void insert(
            UUID id,
            UUID caseId,
            UUID office,
            String programme,
            String title,
            @Nullable String assignee,
            @Nullable LocalDate due,
            String by,
            Instant at) {
        jdbc.sql(
                        """
                insert into casework.task (id, case_id, office_id, programme, title, assignee, due_on, created_at,
                    created_by)
                values (:id, :c, :o, :programme, :title, :a, :due, :at, :by)
                """)
                .param("programme", programme)
                .param("id", id)
                .param("c", caseId)
                .param("o", office)
                .param("title", title)
                .param("a", assignee)
                .param("due", due)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    Optional<Task> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where t.id = :id")
                .param("id", id)
                .query(Tasks::map)
                .optional();
    }

    int markDone(UUID id, long version, String by, Instant at) {
        return jdbc.sql("update casework.task set done_at = :at, done_by = :by, version = version + 1"
                        + " where id = :id and version = :v and done_at is null")
                .param("id", id)
                .param("v", version)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    int reassign(UUID id, long version, @Nullable String assignee, @Nullable LocalDate due) {
        return jdbc.sql("update casework.task set assignee = :a, due_on = :due, version = version + 1"
                        + " where id = :id and version = :v and done_at is null")
                .param("id", id)
                .param("v", version)
                .param("a", assignee)
                .param("due", due)
                .update();
    }

    List<Task> ofCase(UUID caseId) {
        return jdbc.sql("select " + COLUMNS + FROM + " where t.case_id = :c order by t.done_at nulls first, t.due_on")
                .param("c", caseId)
                .query(Tasks::map)
                .list();
    }

    Page<Task> open(Filter f, PageRequest page) {
        String where = " where t.done_at is null and t.office_id = any(:o) and not (t.programme = any(:hidden))"
                + (f.assignee() == null ? "" : " and t.assignee = :a")
                + (f.overdueOnly() ? " and t.due_on < :today" : "");
        var items = bind(
                        jdbc.sql("select " + COLUMNS + FROM + where + page.orderBy(SORTS, "due")
                                + " limit :limit offset :offset"),
                        f)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(Tasks::map)
                .list();
        long total = bind(jdbc.sql("select count(*) from casework.task t" + where), f)
                .query(Long.class)
                .single();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec s, Filter f) {
        s = s.param("o", f.offices().toArray(UUID[]::new))
                .param("hidden", f.hiddenProgrammes().toArray(String[]::new))
                .param("today", f.today());
        return f.assignee() == null ? s : s.param("a", f.assignee());
    }

    private static Task map(ResultSet rs, int n) throws SQLException {
        Timestamp done = rs.getTimestamp("done_at");
        return new Task(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getString("reference"),
                rs.getObject("office_id", UUID.class),
                rs.getString("title"),
                rs.getString("assignee"),
                rs.getObject("due_on", LocalDate.class),
                done == null ? null : done.toInstant(),
                rs.getString("done_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getLong("version"));
    }
}
