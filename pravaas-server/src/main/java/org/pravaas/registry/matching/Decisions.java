package org.pravaas.registry.matching;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registrars' decisions that a candidate above the threshold was someone else. */
@Repository
class Decisions {
    private final JdbcClient jdbc;

    Decisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void confirmedNew(UUID person, UUID candidate, double probability, String by) {
        jdbc.sql(
                        """
                insert into registry.registration_decision (person_id, candidate_id, probability, decided_by)
                values (:person, :candidate, :probability, :by)
                """)
                .param("person", person)
                .param("candidate", candidate)
                .param("probability", probability)
                .param("by", by)
                .update();
    }
}
