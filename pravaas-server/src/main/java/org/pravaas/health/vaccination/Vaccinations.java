package org.pravaas.health.vaccination;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository("healthVaccinations")
class Vaccinations {
    private final JdbcClient jdbc;

    Vaccinations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Vaccination v, Instant at) {
        jdbc.sql(
                        """
                insert into health.vaccination (id, person_id, office_id, vaccine, lot, given_on, given_by, created_at)
                values (:id, :person, :office, :vaccine, :lot, :on, :by, :at)
                """)
                .param("id", v.id())
                .param("person", v.personId())
                .param("office", v.officeId())
                .param("vaccine", v.vaccine())
                .param("lot", v.lot())
                .param("on", Date.valueOf(v.givenOn()))
                .param("by", v.givenBy())
                .param("at", Timestamp.from(at))
                .update();
    }

    List<Vaccination> ofPerson(UUID person) {
        return jdbc.sql("select id, person_id, office_id, vaccine, lot, given_on, given_by from health.vaccination"
                        + " where person_id = any(array(select health.person_ids(:p))) order by given_on, vaccine")
                .param("p", person)
                .query((rs, n) -> new Vaccination(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getDate(6).toLocalDate(),
                        rs.getString(7)))
                .list();
    }
}
