package org.pravaas.health.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which user leads health in which office (one lead an office). */
@Repository("healthLeads")
class HealthLeads {
    private final JdbcClient jdbc;

    HealthLeads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void designate(UUID office, String username, String by, Instant at) {
        jdbc.sql(
                        """
                insert into health.lead (office_id, username, designated_at, designated_by)
                values (:office, :user, :at, :by)
                on conflict (office_id) do update
                set username = excluded.username, designated_at = excluded.designated_at,
                    designated_by = excluded.designated_by
                """)
                .param("office", office)
                .param("user", username)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    List<UUID> ledBy(String username) {
        return jdbc.sql("select office_id from health.lead where username = :user")
                .param("user", username)
                .query(UUID.class)
                .list();
    }

    List<HealthLead> all() {
        return jdbc.sql("select office_id, username, designated_at, designated_by from health.lead order by username")
                .query((rs, n) -> new HealthLead(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4)))
                .list();
    }
}
