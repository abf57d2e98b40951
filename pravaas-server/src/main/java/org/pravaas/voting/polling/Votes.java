package org.pravaas.voting.polling;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The poll book. Its primary key (election, voter) is what makes a vote unique in the whole
 * election: a second insert for the same voter, from any station, at any instant, inserts nothing.
 */
@Repository
public class Votes {
    private final JdbcClient jdbc;

    Votes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the vote unless the voter has one; whether it was recorded. A concurrent attempt for
     * the same voter waits for the first to commit, then inserts nothing.
     */
    boolean insert(UUID election, UUID voter, UUID station, boolean provisional, String by) {
        return jdbc.sql(
                                """
                insert into voting.vote (election_id, voter_id, station_id, provisional, recorded_by)
                values (:e, :v, :s, :p, :by) on conflict (election_id, voter_id) do nothing
                """)
                        .param("e", election)
                        .param("v", voter)
                        .param("s", station)
                        .param("p", provisional)
                        .param("by", by)
                        .update()
                == 1;
    }

    public Optional<Vote> of(UUID election, UUID voter) {
        return jdbc.sql(
                        """
                select voter_id, station_id, provisional, recorded_at, recorded_by from voting.vote
                where election_id = :e and voter_id = :v
                """)
                .param("e", election)
                .param("v", voter)
                .query(Vote.class)
                .optional();
    }

    /** Votes recorded per station: [all, provisional]. */
    public Map<UUID, long[]> perStation(UUID election) {
        Map<UUID, long[]> out = new HashMap<>();
        jdbc.sql(
                        """
                select station_id, count(*), count(*) filter (where provisional) from voting.vote
                where election_id = :e group by station_id
                """)
                .param("e", election)
                .query(rs -> {
                    out.put(rs.getObject(1, UUID.class), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return out;
    }

    public long at(UUID station) {
        return jdbc.sql("select count(*) from voting.vote where station_id = :s")
                .param("s", station)
                .query(Long.class)
                .single();
    }
}
