package org.pravaas.registry.person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Every version of a person, whole, in {@code registry.person_history}. */
@Repository
public class PersonHistory {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    PersonHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One version: what changed, when, by whom, and the record as it was after. */
    public record Version(int version, String change, Instant at, String by, Person person) {}

    public void record(Person p, String change) {
        jdbc.sql(
                        """
                insert into registry.person_history (person_id, version, change, changed_at, changed_by, snapshot)
                values (:id, :version, :change, :at, :by, cast(:snapshot as jsonb))
                """)
                .param("id", p.id())
                .param("version", p.version())
                .param("change", change)
                .param("at", java.sql.Timestamp.from(p.updatedAt()))
                .param("by", p.updatedBy())
                .param("snapshot", toJson(p))
                .update();
    }

    public List<Version> of(UUID person) {
        return jdbc.sql(
                        """
                select version, change, changed_at, changed_by, snapshot::text as snapshot
                from registry.person_history where person_id = :id order by version desc
                """)
                .param("id", person)
                .query((rs, n) -> new Version(
                        rs.getInt("version"),
                        rs.getString("change"),
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by"),
                        fromJson(rs.getString("snapshot"))))
                .list();
    }

    public String toJson(Person p) {
        return JSON.writeValueAsString(p);
    }

    public Person fromJson(String text) {
        return JSON.readValue(text, Person.class);
    }
}
