package org.pravaas.health.assessment;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository("healthLabResults")
class LabResults {
    private final JdbcClient jdbc;

    LabResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(LabResult r, String by, Instant at) {
        jdbc.sql(
                        """
                insert into health.lab_result (id, assessment_id, test, sampled_on, resulted_on, result, created_at, created_by)
                values (:id, :a, :test, :sampled, :resulted, :result, :at, :by)
                """)
                .param("id", r.id())
                .param("a", r.assessmentId())
                .param("test", r.test())
                .param("sampled", Date.valueOf(r.sampledOn()))
                .param("resulted", Date.valueOf(r.resultedOn()))
                .param("result", r.result())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    List<LabResult> of(UUID assessment) {
        return jdbc.sql("select id, assessment_id, test, sampled_on, resulted_on, result from health.lab_result"
                        + " where assessment_id = :a order by sampled_on, test")
                .param("a", assessment)
                .query((rs, n) -> new LabResult(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getDate(4).toLocalDate(),
                        rs.getDate(5).toLocalDate(),
                        rs.getString(6)))
                .list();
    }
}
