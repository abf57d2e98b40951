package org.pravaas.health.clearance;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pravaas.health.Fitness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository("healthTravelDecisions")
class TravelDecisions {
    private static final String COLUMNS =
            "id, assessment_id, person_id, office_id, fitness, conditions, decided_at, valid_until, decided_by";
    private final JdbcClient jdbc;

    TravelDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TravelDecision d) {
        jdbc.sql("insert into health.travel_decision (" + COLUMNS
                        + ") values (:id, :a, :person, :office, :fitness, :conditions, :at, :until, :by)")
                .param("id", d.id())
                .param("a", d.assessmentId())
                .param("person", d.personId())
                .param("office", d.officeId())
                .param("fitness", d.fitness().name())
                .param("conditions", d.conditions())
                .param("at", Timestamp.from(d.decidedAt()))
                .param("until", d.validUntil() == null ? null : Timestamp.from(d.validUntil()))
                .param("by", d.decidedBy())
                .update();
    }

    /** The person's latest decision issued before {@code before}: the one in force then. */
    Optional<TravelDecision> latest(UUID person, java.time.Instant before) {
        return jdbc.sql("select " + COLUMNS
                        + " from health.travel_decision where person_id = any(array(select health.person_ids(:p))) and decided_at < :before"
                        + " order by decided_at desc limit 1")
                .param("p", person)
                .param("before", Timestamp.from(before))
                .query(TravelDecisions::map)
                .optional();
    }

    List<TravelDecision> ofPerson(UUID person) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from health.travel_decision where person_id = any(array(select health.person_ids(:p))) order by decided_at desc")
                .param("p", person)
                .query(TravelDecisions::map)
                .list();
    }

    Optional<TravelDecision> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from health.travel_decision where id = :id")
                .param("id", id)
                .query(TravelDecisions::map)
                .optional();
    }

    private static TravelDecision map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp until = rs.getTimestamp("valid_until");
        return new TravelDecision(
                rs.getObject("id", UUID.class),
                rs.getObject("assessment_id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getObject("office_id", UUID.class),
                Fitness.valueOf(rs.getString("fitness")),
                rs.getString("conditions"),
                rs.getTimestamp("decided_at").toInstant(),
                until == null ? null : until.toInstant(),
                rs.getString("decided_by"));
    }
}
