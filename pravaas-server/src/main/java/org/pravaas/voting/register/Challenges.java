package org.pravaas.voting.register;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Challenges to registrations. */
@Repository
public class Challenges {
    private static final String COLUMNS =
            "id, voter_id, grounds, status, filed_by, filed_at, decided_by, decided_at, decision";
    private final JdbcClient jdbc;

    Challenges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Challenge c) {
        jdbc.sql(
                        """
                insert into voting.challenge (id, voter_id, grounds, status, filed_by, filed_at)
                values (:id, :v, :g, 'OPEN', :by, now())
                """)
                .param("id", c.id())
                .param("v", c.voterId())
                .param("g", c.grounds())
                .param("by", c.filedBy())
                .update();
    }

    Optional<Challenge> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from voting.challenge where id = :id")
                .param("id", id)
                .query(Challenge.class)
                .optional();
    }

    public List<Challenge> of(UUID voter) {
        return jdbc.sql("select " + COLUMNS + " from voting.challenge where voter_id = :v order by filed_at")
                .param("v", voter)
                .query(Challenge.class)
                .list();
    }

    /** Open challenges of an election, oldest first. */
    public List<Challenge> open(UUID election) {
        return jdbc.sql("select c." + COLUMNS.replace(", ", ", c.")
                        + " from voting.challenge c join voting.voter v on v.id = c.voter_id"
                        + " where v.election_id = :e and c.status = 'OPEN' order by c.filed_at")
                .param("e", election)
                .query(Challenge.class)
                .list();
    }

    public boolean hasOpen(UUID voter) {
        return jdbc.sql("select exists (select 1 from voting.challenge where voter_id = :v and status = 'OPEN')")
                .param("v", voter)
                .query(Boolean.class)
                .single();
    }

    /** Decides an open challenge; false when it was decided meanwhile. */
    boolean decide(UUID id, Challenge.Status status, String by, String decision) {
        return jdbc.sql(
                                """
                update voting.challenge set status = :s, decided_by = :by, decided_at = now(), decision = :d
                where id = :id and status = 'OPEN'
                """)
                        .param("id", id)
                        .param("s", status.name())
                        .param("by", by)
                        .param("d", decision)
                        .update()
                > 0;
    }
}
