package org.pravaas.casework.programme.avrr;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The indicator set and the monitoring visits, each visit with the weights it was scored with. */
@Repository
class Monitoring {
    private final JdbcClient jdbc;

    Monitoring(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Indicator> indicators() {
        return jdbc.sql("select * from casework.avrr_indicator order by position, code")
                .query(Monitoring::indicator)
                .list();
    }

    /** The set's revision: the highest of its indicators', raised by every edit. */
    int revision() {
        return jdbc.sql("select coalesce(max(revision), 0) from casework.avrr_indicator")
                .query(Integer.class)
                .single();
    }

    /** Locks the whole set against reading, so that a change of the set waits for the visits being scored. */
    void lockSetForChange() {
        jdbc.sql("lock table casework.avrr_indicator in share row exclusive mode")
                .update();
    }

    /**
     * Locks the set so nobody changes it while a visit is scored against it; visits do not wait
     * for each other (share mode does not conflict with itself).
     */
    void lockSetForVisit() {
        jdbc.sql("lock table casework.avrr_indicator in share mode").update();
    }

    Optional<Indicator> indicator(String code) {
        return jdbc.sql("select * from casework.avrr_indicator where code = :c")
                .param("c", code)
                .query(Monitoring::indicator)
                .optional();
    }

    void save(Indicator i) {
        jdbc.sql(
                        """
                insert into casework.avrr_indicator (code, dimension, weight, scale_max, active, position, revision)
                values (:c, :d, :w, :s, :a, :p, :r)
                on conflict (code) do update set dimension = :d, weight = :w, scale_max = :s, active = :a,
                    position = :p, revision = :r
                """)
                .param("c", i.code())
                .param("d", i.dimension().name())
                .param("w", i.weight())
                .param("s", i.scaleMax())
                .param("a", i.active())
                .param("p", i.position())
                .param("r", i.revision())
                .update();
    }

    void insertVisit(Visit v, List<Sustainability.Answer> answers, Instant now) {
        jdbc.sql(
                        """
                insert into casework.avrr_visit (id, case_id, visited_on, visited_by, revision,
                    economic, social, psychosocial, overall, recorded_at)
                values (:id, :c, :on, :by, :r, :e, :s, :p, :o, :now)
                """)
                .param("id", v.id())
                .param("c", v.caseId())
                .param("on", v.visitedOn())
                .param("by", v.visitedBy())
                .param("r", v.revision())
                .param("e", v.economic())
                .param("s", v.social())
                .param("p", v.psychosocial())
                .param("o", v.overall())
                .param("now", Timestamp.from(now))
                .update();
        for (Sustainability.Answer a : answers) {
            jdbc.sql(
                            """
                    insert into casework.avrr_visit_answer (visit_id, code, dimension, weight, scale_max, answer)
                    values (:v, :c, :d, :w, :s, :a)
                    """)
                    .param("v", v.id())
                    .param("c", a.code())
                    .param("d", a.dimension().name())
                    .param("w", a.weight())
                    .param("s", a.scaleMax())
                    .param("a", a.answer())
                    .update();
        }
    }

    List<Visit> visits(UUID caseId) {
        return jdbc.sql(
                        "select * from casework.avrr_visit where case_id = :c order by visited_on desc, recorded_at desc")
                .param("c", caseId)
                .query(Monitoring::visit)
                .list();
    }

    long visitCount(UUID caseId) {
        return jdbc.sql("select count(*) from casework.avrr_visit where case_id = :c")
                .param("c", caseId)
                .query(Long.class)
                .single();
    }

    /** The answers of a visit with the weights and scales they were given with. */
    List<Sustainability.Answer> answers(UUID visitId) {
        return jdbc.sql("select * from casework.avrr_visit_answer where visit_id = :v order by code")
                .param("v", visitId)
                .query((rs, n) -> new Sustainability.Answer(
                        rs.getString("code"),
                        Indicator.Dimension.valueOf(rs.getString("dimension")),
                        rs.getBigDecimal("weight"),
                        rs.getInt("scale_max"),
                        rs.getInt("answer")))
                .list();
    }

    private static Indicator indicator(ResultSet rs, int n) throws SQLException {
        return new Indicator(
                rs.getString("code"),
                Indicator.Dimension.valueOf(rs.getString("dimension")),
                rs.getBigDecimal("weight"),
                rs.getInt("scale_max"),
                rs.getBoolean("active"),
                rs.getInt("position"),
                rs.getInt("revision"));
    }

    private static Visit visit(ResultSet rs, int n) throws SQLException {
        return new Visit(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getDate("visited_on").toLocalDate(),
                rs.getString("visited_by"),
                rs.getInt("revision"),
                score(rs, "economic"),
                score(rs, "social"),
                score(rs, "psychosocial"),
                score(rs, "overall"));
    }

    private static BigDecimal score(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column);
    }
}
