package org.pravaas.registry.matching;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Merges in {@code registry.merge}, with both records as they were before, to undo them exactly. */
@Repository
class Merges {
    private final JdbcClient jdbc;

    Merges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            UUID id, UUID survivor, UUID merged, String survivorBefore, String mergedBefore, String moved, String by) {
        jdbc.sql(
                        """
                insert into registry.merge (id, survivor_id, merged_id, survivor_before, merged_before, moved, merged_by)
                values (:id, :survivor, :merged, cast(:sb as jsonb), cast(:mb as jsonb), cast(:moved as jsonb), :by)
                """)
                .param("id", id)
                .param("survivor", survivor)
                .param("merged", merged)
                .param("sb", survivorBefore)
                .param("mb", mergedBefore)
                .param("moved", moved)
                .param("by", by)
                .update();
    }

    Optional<Merge> find(UUID id) {
        return jdbc.sql("select * from registry.merge where id = :id")
                .param("id", id)
                .query(Merges::map)
                .optional();
    }

    /** Merges a person took part in, newest first. */
    List<Merge> of(UUID person) {
        return jdbc.sql("select * from registry.merge where survivor_id = :p or merged_id = :p order by merged_at desc")
                .param("p", person)
                .query(Merges::map)
                .list();
    }

    /** Whether a later merge, not undone, involves either person: it must be undone first. */
    boolean laterMergeExists(Merge m) {
        return jdbc.sql(
                                """
                select count(*) from registry.merge
                where undone_at is null and merged_at > :at and id <> :id
                  and (survivor_id in (:s, :m) or merged_id in (:s, :m))
                """)
                        .param("at", java.sql.Timestamp.from(m.mergedAt()))
                        .param("id", m.id())
                        .param("s", m.survivorId())
                        .param("m", m.mergedId())
                        .query(Long.class)
                        .single()
                > 0;
    }

    void undone(UUID id, String by) {
        jdbc.sql("update registry.merge set undone_at = now(), undone_by = :by where id = :id")
                .param("id", id)
                .param("by", by)
                .update();
    }

    private static Merge map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        java.sql.Timestamp undone = rs.getTimestamp("undone_at");
        return new Merge(
                rs.getObject("id", UUID.class),
                rs.getObject("survivor_id", UUID.class),
                rs.getObject("merged_id", UUID.class),
                rs.getString("survivor_before"),
                rs.getString("merged_before"),
                rs.getString("moved"),
                rs.getTimestamp("merged_at").toInstant(),
                rs.getString("merged_by"),
                undone == null ? null : undone.toInstant());
    }
}
