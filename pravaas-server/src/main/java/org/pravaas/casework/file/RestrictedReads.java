package org.pravaas.casework.file;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Protection designations and the reasons stated to open restricted cases. */
@Repository
public class RestrictedReads {
    private final JdbcClient jdbc;

    RestrictedReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stated reason to read a restricted case. */
    public record Read(
            UUID id, UUID caseId, UUID officeId, String username, String reason, Instant openedAt, Instant expiresAt) {}

    boolean isProtectionOfficer(String username) {
        return jdbc.sql("select exists (select 1 from casework.protection_officer where username = :u)")
                .param("u", username)
                .query(Boolean.class)
                .single();
    }

    public void designate(String username, String by, Instant at) {
        jdbc.sql(
                        """
                insert into casework.protection_officer (username, designated_at, designated_by) values (:u, :at, :by)
                on conflict (username) do nothing
                """)
                .param("u", username)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    public List<String> officers() {
        return jdbc.sql("select username from casework.protection_officer order by username")
                .query(String.class)
                .list();
    }

    Optional<Read> open(String username, UUID caseId, Instant now) {
        return jdbc.sql("select id, case_id, office_id, username, reason, opened_at, expires_at"
                        + " from casework.restricted_read where username = :u and case_id = :c and expires_at > :now"
                        + " order by expires_at desc limit 1")
                .param("u", username)
                .param("c", caseId)
                .param("now", Timestamp.from(now))
                .query(RestrictedReads::map)
                .optional();
    }

    void insert(Read r) {
        jdbc.sql(
                        """
                insert into casework.restricted_read (id, case_id, office_id, username, reason, opened_at, expires_at)
                values (:id, :c, :o, :u, :r, :at, :until)
                """)
                .param("id", r.id())
                .param("c", r.caseId())
                .param("o", r.officeId())
                .param("u", r.username())
                .param("r", r.reason())
                .param("at", Timestamp.from(r.openedAt()))
                .param("until", Timestamp.from(r.expiresAt()))
                .update();
    }

    public Page<Read> ofOffices(List<UUID> offices, PageRequest page) {
        UUID[] ids = offices.toArray(UUID[]::new);
        List<Read> items = jdbc.sql("select id, case_id, office_id, username, reason, opened_at, expires_at"
                        + " from casework.restricted_read where office_id = any(:o) order by opened_at desc"
                        + " limit :limit offset :offset")
                .param("o", ids)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(RestrictedReads::map)
                .list();
        long total = jdbc.sql("select count(*) from casework.restricted_read where office_id = any(:o)")
                .param("o", ids)
                .query(Long.class)
                .single();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static Read map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Read(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                rs.getString(4),
                rs.getString(5),
                rs.getTimestamp(6).toInstant(),
                rs.getTimestamp(7).toInstant());
    }
}
