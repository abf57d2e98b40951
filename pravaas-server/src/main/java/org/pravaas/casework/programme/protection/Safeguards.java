package org.pravaas.casework.programme.protection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Risk assessments and service referrals of protection cases. */
@Repository
class Safeguards {
    private final JdbcClient jdbc;

    Safeguards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Risk r) {
        jdbc.sql(
                        """
                insert into casework.protection_risk (id, case_id, assessed_on, safety, retrafficking, retaliation,
                    health, overall, review_on, assessed_by)
                values (:id, :c, :on, :s, :t, :r, :h, :o, :review, :by)
                """)
                .param("id", r.id())
                .param("c", r.caseId())
                .param("on", r.assessedOn())
                .param("s", r.safety().name())
                .param("t", r.retrafficking().name())
                .param("r", r.retaliation().name())
                .param("h", r.health().name())
                .param("o", r.overall().name())
                .param("review", r.reviewOn())
                .param("by", r.assessedBy())
                .update();
    }

    List<Risk> risks(UUID caseId) {
        return jdbc.sql("select * from casework.protection_risk where case_id = :c order by assessed_on desc, id desc")
                .param("c", caseId)
                .query((rs, n) -> new Risk(
                        rs.getObject("id", UUID.class),
                        caseId,
                        rs.getDate("assessed_on").toLocalDate(),
                        Risk.Level.valueOf(rs.getString("safety")),
                        Risk.Level.valueOf(rs.getString("retrafficking")),
                        Risk.Level.valueOf(rs.getString("retaliation")),
                        Risk.Level.valueOf(rs.getString("health")),
                        Risk.Level.valueOf(rs.getString("overall")),
                        rs.getDate("review_on").toLocalDate(),
                        rs.getString("assessed_by")))
                .list();
    }

    void insert(ServiceReferral s) {
        jdbc.sql(
                        """
                insert into casework.protection_service (id, case_id, service, provider, referred_on, status)
                values (:id, :c, :s, :p, :on, :st)
                """)
                .param("id", s.id())
                .param("c", s.caseId())
                .param("s", s.service().name())
                .param("p", s.provider())
                .param("on", s.referredOn())
                .param("st", s.status().name())
                .update();
    }

    List<ServiceReferral> services(UUID caseId) {
        return jdbc.sql("select * from casework.protection_service where case_id = :c order by referred_on, id")
                .param("c", caseId)
                .query(Safeguards::service)
                .list();
    }

    Optional<ServiceReferral> service(UUID id) {
        return jdbc.sql("select * from casework.protection_service where id = :id")
                .param("id", id)
                .query(Safeguards::service)
                .optional();
    }

    boolean setStatus(UUID id, ServiceReferral.Status status, long expectedVersion) {
        return jdbc.sql(
                                "update casework.protection_service set status = :s, version = version + 1 where id = :id and version = :v")
                        .param("id", id)
                        .param("s", status.name())
                        .param("v", expectedVersion)
                        .update()
                == 1;
    }

    private static ServiceReferral service(ResultSet rs, int n) throws SQLException {
        return new ServiceReferral(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                ServiceReferral.Service.valueOf(rs.getString("service")),
                rs.getString("provider"),
                rs.getDate("referred_on").toLocalDate(),
                ServiceReferral.Status.valueOf(rs.getString("status")),
                rs.getLong("version"));
    }
}
