package org.pravaas.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEntry;
import org.pravaas.audit.AuditQuery;
import org.pravaas.audit.ChainVerification;
import org.pravaas.shared.Filters;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit.entry table. Appends are serialised by a transaction-scoped advisory lock. */
@Repository
public class AuditEntries {
    private static final long CHAIN_LOCK = 0x5052_4156_4141_5544L;
    private static final Map<String, String> SORTS = Map.of("at", "seq", "actor", "actor", "action", "action");
    private static final String COLUMNS =
            "select seq, at, actor, ip, action, object_type, object_id, office_id, reason, details, prev_hash, hash"
                    + " from audit.entry";

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Head(long seq, String hash) {}

    public void lockChain() {
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param("key", CHAIN_LOCK)
                .query()
                .singleRow();
    }

    public Head head() {
        return jdbc.sql("select seq, hash from audit.entry order by seq desc limit 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElse(new Head(0, HashChain.GENESIS));
    }

    public void append(AuditEntry e) {
        jdbc.sql(
                        """
                insert into audit.entry (seq, at, actor, ip, action, object_type, object_id, office_id,
                                         reason, details, prev_hash, hash)
                values (:seq, :at, :actor, :ip, :action, :objectType, :objectId, :officeId,
                        :reason, :details, :prevHash, :hash)
                """)
                .param("seq", e.seq())
                .param("at", Timestamp.from(e.at()))
                .param("actor", e.actor())
                .param("ip", e.ip())
                .param("action", e.action())
                .param("objectType", e.objectType())
                .param("objectId", e.objectId())
                .param("officeId", e.officeId())
                .param("reason", e.reason())
                .param("details", e.details())
                .param("prevHash", e.prevHash())
                .param("hash", e.hash())
                .update();
    }

    public Page<AuditEntry> search(AuditQuery q, PageRequest page, ZoneId zone) {
        Filters filters = new Filters()
                .and("actor = :actor", "actor", q.actor())
                .and("action like :action", "action", q.action() == null ? null : q.action() + "%")
                .and("object_type = :objectType", "objectType", q.objectType())
                .and("object_id = :objectId", "objectId", q.objectId())
                .and(
                        "at >= :from",
                        "from",
                        q.from() == null
                                ? null
                                : Timestamp.from(q.from().atStartOfDay(zone).toInstant()))
                .and(
                        "at < :to",
                        "to",
                        q.to() == null
                                ? null
                                : Timestamp.from(
                                        q.to().plusDays(1).atStartOfDay(zone).toInstant()));
        PageRequest newestFirst =
                page.sort() == null ? new PageRequest(page.page(), page.size(), "at", false, null) : page;
        return filters.page(jdbc, COLUMNS, newestFirst, SORTS, "at", AuditEntries::map);
    }

    /** Re-computes every hash in order; streams, so it runs in constant memory. */
    public ChainVerification verify() {
        AtomicReference<String> previous = new AtomicReference<>(HashChain.GENESIS);
        long[] expectedSeq = {1};
        AtomicReference<ChainVerification> broken = new AtomicReference<>();
        jdbc.sql(COLUMNS + " order by seq").query(rs -> {
            if (broken.get() != null) {
                return;
            }
            AuditEntry e = map(rs, 0);
            String problem = problemWith(e, expectedSeq[0], previous.get());
            if (problem != null) {
                broken.set(new ChainVerification(expectedSeq[0] - 1, previous.get(), e.seq(), problem));
            }
            previous.set(e.hash());
            expectedSeq[0] = e.seq() + 1;
        });
        return broken.get() != null
                ? broken.get()
                : new ChainVerification(expectedSeq[0] - 1, previous.get(), null, null);
    }

    private static @Nullable String problemWith(AuditEntry e, long expectedSeq, String previousHash) {
        if (e.seq() != expectedSeq) {
            return "entries " + expectedSeq + " to " + (e.seq() - 1) + " are missing";
        }
        if (!e.prevHash().equals(previousHash)) {
            return "it does not follow the entry before it";
        }
        if (!HashChain.hashOf(e).equals(e.hash())) {
            return "its content does not match its hash";
        }
        return null;
    }

    static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor"),
                rs.getString("ip"),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getObject("office_id", UUID.class),
                rs.getString("reason"),
                rs.getString("details"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
