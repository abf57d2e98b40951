package org.pravaas.health.clearance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository("healthHolds")
class Holds {
    private static final String COLUMNS =
            "id, person_id, office_id, reason, placed_at, placed_by, lifted_at, lifted_by, lift_reason";
    private final JdbcClient jdbc;

    Holds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Hold h) {
        jdbc.sql("insert into health.hold (id, person_id, office_id, reason, placed_at, placed_by)"
                        + " values (:id, :person, :office, :reason, :at, :by)")
                .param("id", h.id())
                .param("person", h.personId())
                .param("office", h.officeId())
                .param("reason", h.reason())
                .param("at", Timestamp.from(h.placedAt()))
                .param("by", h.placedBy())
                .update();
    }

    boolean lift(UUID id, String by, String reason, Instant at) {
        return jdbc.sql("update health.hold set lifted_at = :at, lifted_by = :by, lift_reason = :reason"
                                + " where id = :id and lifted_at is null")
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .param("reason", reason)
                        .param("id", id)
                        .update()
                == 1;
    }

    Optional<Hold> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from health.hold where id = :id")
                .param("id", id)
                .query(Holds::map)
                .optional();
    }

    /** The person's active hold; the row is locked so a decision and a hold never pass each other. */
    Optional<Hold> activeForUpdate(UUID person) {
        return jdbc
                .sql(
                        "select " + COLUMNS
                                + " from health.hold where person_id = any(array(select health.person_ids(:p))) and lifted_at is null for update")
                .param("p", person)
                .query(Holds::map)
                .list()
                .stream()
                .findFirst();
    }

    Optional<Hold> active(UUID person) {
        return jdbc
                .sql(
                        "select " + COLUMNS
                                + " from health.hold where person_id = any(array(select health.person_ids(:p))) and lifted_at is null")
                .param("p", person)
                .query(Holds::map)
                .list()
                .stream()
                .findFirst();
    }

    List<Hold> ofPerson(UUID person) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from health.hold where person_id = any(array(select health.person_ids(:p))) order by placed_at desc")
                .param("p", person)
                .query(Holds::map)
                .list();
    }

    private static Hold map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp lifted = rs.getTimestamp("lifted_at");
        return new Hold(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getObject("office_id", UUID.class),
                rs.getString("reason"),
                rs.getTimestamp("placed_at").toInstant(),
                rs.getString("placed_by"),
                lifted == null ? null : lifted.toInstant(),
                rs.getString("lifted_by"),
                rs.getString("lift_reason"));
    }
}
