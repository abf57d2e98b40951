package org.pravaas.registry.matching;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review queue in {@code registry.duplicate_pair}; a pair is stored once, smaller id first. */
@Repository
public class DuplicatePairs {
    private static final String COLUMNS =
            "id, office_id, left_id, right_id, probability, source, status, first_verdict, first_by, decided_by, found_at";

    private final JdbcClient jdbc;

    DuplicatePairs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a pair unless it is already known; true when it was new. */
    public boolean add(UUID office, UUID a, UUID b, double probability, String source) {
        UUID left = a.compareTo(b) < 0 ? a : b;
        UUID right = a.compareTo(b) < 0 ? b : a;
        return jdbc.sql(
                                """
                insert into registry.duplicate_pair (id, office_id, left_id, right_id, probability, source)
                values (:id, :office, :left, :right, :probability, :source)
                on conflict (left_id, right_id) do nothing
                """)
                        .param("id", Ids.newId())
                        .param("office", office)
                        .param("left", left)
                        .param("right", right)
                        .param("probability", probability)
                        .param("source", source)
                        .update()
                == 1;
    }

    List<DuplicatePair> open(List<UUID> offices, int limit) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + """
                 from registry.duplicate_pair
                where office_id = any(:offices) and status in ('OPEN', 'AWAITING_SECOND', 'UNSURE')
                order by probability desc, found_at limit :limit
                """)
                .param("offices", offices.toArray(UUID[]::new))
                .param("limit", limit)
                .query(DuplicatePairs::map)
                .list();
    }

    long countOpen(List<UUID> offices) {
        return jdbc.sql(
                        """
                select count(*) from registry.duplicate_pair
                where office_id = any(:offices) and status in ('OPEN', 'AWAITING_SECOND')
                """)
                .param("offices", offices.toArray(UUID[]::new))
                .query(Long.class)
                .single();
    }

    Optional<DuplicatePair> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from registry.duplicate_pair where id = :id")
                .param("id", id)
                .query(DuplicatePairs::map)
                .optional();
    }

    void firstVerdict(UUID id, Verdict verdict, String by) {
        jdbc.sql(
                        """
                update registry.duplicate_pair set status = 'AWAITING_SECOND', first_verdict = :verdict,
                  first_by = :by, first_at = now() where id = :id
                """)
                .param("id", id)
                .param("verdict", verdict.name())
                .param("by", by)
                .update();
    }

    void decide(UUID id, PairStatus status, @Nullable String by) {
        jdbc.sql(
                        "update registry.duplicate_pair set status = :status, decided_by = :by, decided_at = now() where id = :id")
                .param("id", id)
                .param("status", status.name())
                .param("by", by)
                .update();
    }

    private static DuplicatePair map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new DuplicatePair(
                rs.getObject("id", UUID.class),
                rs.getObject("office_id", UUID.class),
                rs.getObject("left_id", UUID.class),
                rs.getObject("right_id", UUID.class),
                rs.getDouble("probability"),
                rs.getString("source"),
                PairStatus.valueOf(rs.getString("status")),
                rs.getString("first_verdict"),
                rs.getString("first_by"),
                rs.getString("decided_by"),
                rs.getTimestamp("found_at").toInstant());
    }

    /** Marks the pair of two people merged (or open again after an unmerge). */
    void setStatusOf(UUID a, UUID b, PairStatus status) {
        jdbc.sql(
                        """
                update registry.duplicate_pair set status = :status
                where left_id = least(:a, :b) and right_id = greatest(:a, :b)
                """)
                .param("a", a)
                .param("b", b)
                .param("status", status.name())
                .update();
    }
}
