package org.pravaas.movement.travel;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Operational and medical escorts assigned to a leg. */
@Repository
public class Escorts {
    private final JdbcClient jdbc;

    Escorts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An escort on a leg. */
    public record Escort(String name, String kind) {}

    void add(UUID leg, String name, String kind) {
        jdbc.sql("insert into movement.escort (leg_id, name, kind) values (:l, :n, :k) on conflict do nothing")
                .param("l", leg)
                .param("n", name)
                .param("k", kind)
                .update();
    }

    List<Escort> of(UUID leg) {
        return jdbc.sql("select name, kind from movement.escort where leg_id = :l order by kind, name")
                .param("l", leg)
                .query(Escort.class)
                .list();
    }
}
