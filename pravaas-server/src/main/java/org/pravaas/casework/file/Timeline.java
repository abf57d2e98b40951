package org.pravaas.casework.file;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pravaas.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case's timeline: what happened, when, by whom, as a message key and its arguments. */
@Repository
public class Timeline {
    private final JdbcClient jdbc;

    Timeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line; {@code arguments} are shown as they are, so they carry codes, references and dates only. */
    public record Line(Instant at, String actor, String messageKey, List<String> arguments) {
        public Object[] args() {
            return arguments.toArray();
        }
    }

    public void add(UUID caseId, String actor, String messageKey, List<String> arguments, Instant at) {
        jdbc.sql(
                        """
                insert into casework.timeline (id, case_id, at, actor, message_key, arguments)
                values (:id, :c, :at, :actor, :key, :args)
                """)
                .param("id", Ids.newId())
                .param("c", caseId)
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .param("key", messageKey)
                .param("args", arguments.toArray(String[]::new))
                .update();
    }

    public List<Line> of(UUID caseId, int limit) {
        return jdbc.sql("select at, actor, message_key, arguments from casework.timeline where case_id = :c"
                        + " order by at desc, id desc limit :limit")
                .param("c", caseId)
                .param("limit", limit)
                .query((rs, n) -> new Line(
                        rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), strings(rs.getArray(4))))
                .list();
    }

    private static List<String> strings(Array array) throws java.sql.SQLException {
        return List.of((String[]) array.getArray());
    }
}
