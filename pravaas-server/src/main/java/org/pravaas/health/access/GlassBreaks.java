package org.pravaas.health.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository("healthGlassBreaks")
class GlassBreaks {
    private static final String COLUMNS = "id, person_id, office_id, username, reason, opened_at, expires_at";
    private final JdbcClient jdbc;

    GlassBreaks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(GlassBreak g) {
        jdbc.sql("insert into health.glass_break (" + COLUMNS
                        + ") values (:id, :person, :office, :user, :reason, :opened, :expires)")
                .param("id", g.id())
                .param("person", g.personId())
                .param("office", g.officeId())
                .param("user", g.username())
                .param("reason", g.reason())
                .param("opened", Timestamp.from(g.openedAt()))
                .param("expires", Timestamp.from(g.expiresAt()))
                .update();
    }

    Optional<GlassBreak> open(String username, UUID person, Instant now) {
        return jdbc.sql("select " + COLUMNS + " from health.glass_break where username = :user and person_id = :person"
                        + " and expires_at > :now order by expires_at desc limit 1")
                .param("user", username)
                .param("person", person)
                .param("now", Timestamp.from(now))
                .query(GlassBreaks::map)
                .optional();
    }

    Page<GlassBreak> ofOffices(List<UUID> offices, PageRequest page) {
        List<GlassBreak> items = jdbc.sql(
                        "select " + COLUMNS + " from health.glass_break where office_id = any(:offices)"
                                + " order by opened_at desc limit :limit offset :offset")
                .param("offices", offices.toArray(UUID[]::new))
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(GlassBreaks::map)
                .list();
        long total = jdbc.sql("select count(*) from health.glass_break where office_id = any(:offices)")
                .param("offices", offices.toArray(UUID[]::new))
                .query(Long.class)
                .single();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static GlassBreak map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new GlassBreak(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getObject("office_id", UUID.class),
                rs.getString("username"),
                rs.getString("reason"),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant());
    }
}
