package org.pravaas.health.tb;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository("healthTreatments")
class Treatments {
    private final JdbcClient jdbc;

    Treatments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID person, UUID office, String regimen, LocalDate startedOn, String by, Instant at) {
        jdbc.sql(
                        """
                insert into health.tb_treatment (id, person_id, office_id, regimen, started_on, created_at, created_by)
                values (:id, :person, :office, :regimen, :started, :at, :by)
                """)
                .param("id", id)
                .param("person", person)
                .param("office", office)
                .param("regimen", regimen)
                .param("started", Date.valueOf(startedOn))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    /** Logs a day; a second entry for the same day replaces the first (the observer corrected it). */
    void logDose(UUID treatment, LocalDate on, boolean taken, String observer) {
        jdbc.sql(
                        """
                insert into health.tb_dose (treatment_id, dose_on, taken, observer) values (:t, :on, :taken, :observer)
                on conflict (treatment_id, dose_on) do update set taken = excluded.taken, observer = excluded.observer
                """)
                .param("t", treatment)
                .param("on", Date.valueOf(on))
                .param("taken", taken)
                .param("observer", observer)
                .update();
    }

    void close(UUID treatment, Treatment.Outcome outcome, LocalDate endedOn) {
        jdbc.sql("update health.tb_treatment set outcome = :outcome, ended_on = :ended where id = :id")
                .param("outcome", outcome.name())
                .param("ended", Date.valueOf(endedOn))
                .param("id", treatment)
                .update();
    }

    Optional<Treatment> find(UUID id) {
        return jdbc.sql(
                        "select id, person_id, office_id, regimen, started_on, outcome, ended_on from health.tb_treatment"
                                + " where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    List<Treatment> ofPerson(UUID person) {
        return jdbc.sql(
                        "select id, person_id, office_id, regimen, started_on, outcome, ended_on from health.tb_treatment"
                                + " where person_id = any(array(select health.person_ids(:p))) order by started_on desc")
                .param("p", person)
                .query(this::map)
                .list();
    }

    private List<Treatment.Dose> doses(UUID treatment) {
        return jdbc.sql("select dose_on, taken, observer from health.tb_dose where treatment_id = :t order by dose_on")
                .param("t", treatment)
                .query((rs, n) -> new Treatment.Dose(rs.getDate(1).toLocalDate(), rs.getBoolean(2), rs.getString(3)))
                .list();
    }

    private Treatment map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String outcome = rs.getString("outcome");
        Date ended = rs.getDate("ended_on");
        return new Treatment(
                id,
                rs.getObject("person_id", UUID.class),
                rs.getObject("office_id", UUID.class),
                rs.getString("regimen"),
                rs.getDate("started_on").toLocalDate(),
                outcome == null ? null : Treatment.Outcome.valueOf(outcome),
                ended == null ? null : ended.toLocalDate(),
                doses(id));
    }
}
