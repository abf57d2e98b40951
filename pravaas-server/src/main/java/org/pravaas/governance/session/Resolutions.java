package org.pravaas.governance.session;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pravaas.governance.LocalizedText;
import org.pravaas.governance.session.Resolution.Adoption;
import org.pravaas.governance.session.Resolution.Choice;
import org.pravaas.governance.session.Resolution.Tally;
import org.pravaas.governance.session.Resolution.Vote;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The governance.resolution and governance.vote tables. */
@Repository
public class Resolutions {
    private static final String SELECT =
            "select id, session_id, number, titles::text as titles, body, adopted_on, adoption from governance.resolution";

    private final JdbcClient jdbc;

    Resolutions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Resolution> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(Resolutions::map)
                .optional();
    }

    public List<Resolution> ofSession(UUID session) {
        return jdbc.sql(SELECT + " where session_id = :s order by number")
                .param("s", session)
                .query(Resolutions::map)
                .list();
    }

    public boolean numberTaken(String number) {
        return jdbc.sql("select exists(select 1 from governance.resolution where number = :n)")
                .param("n", number)
                .query(Boolean.class)
                .single();
    }

    public void insert(Resolution r) {
        jdbc.sql(
                        """
                insert into governance.resolution (id, session_id, number, titles, body, adopted_on, adoption)
                values (:id, :s, :number, cast(:titles as jsonb), :body, :adopted, :adoption)""")
                .param("id", r.id())
                .param("s", r.sessionId())
                .param("number", r.number())
                .param("titles", r.titles().toJson())
                .param("body", r.body())
                .param("adopted", Date.valueOf(r.adoptedOn()))
                .param("adoption", r.adoption().name())
                .update();
    }

    public List<Vote> votes(UUID resolution) {
        return jdbc.sql("select country, choice from governance.vote where resolution_id = :r order by country")
                .param("r", resolution)
                .query((rs, row) -> new Vote(rs.getString("country"), Choice.valueOf(rs.getString("choice"))))
                .list();
    }

    public Tally tally(UUID resolution) {
        return jdbc.sql(
                        """
                select count(*) filter (where choice = 'YES') as yes, count(*) filter (where choice = 'NO') as no,
                       count(*) filter (where choice = 'ABSTAIN') as abstain
                  from governance.vote where resolution_id = :r""")
                .param("r", resolution)
                .query((rs, row) -> new Tally(rs.getInt("yes"), rs.getInt("no"), rs.getInt("abstain")))
                .single();
    }

    /** Records a vote, or corrects the one the state already cast. */
    public void vote(UUID resolution, String country, Choice choice) {
        jdbc.sql(
                        """
                insert into governance.vote (resolution_id, country, choice) values (:r, :c, :choice)
                on conflict (resolution_id, country) do update set choice = excluded.choice""")
                .param("r", resolution)
                .param("c", country)
                .param("choice", choice.name())
                .update();
    }

    /** The votes a state cast, newest first, with the resolutions' numbers and ids. */
    public List<CastVote> castBy(String country) {
        return jdbc.sql(
                        """
                select r.id, r.number, r.adopted_on, v.choice from governance.vote v
                  join governance.resolution r on r.id = v.resolution_id
                 where v.country = :c order by r.adopted_on desc, r.number""")
                .param("c", country)
                .query((rs, row) -> new CastVote(
                        rs.getObject("id", UUID.class),
                        rs.getString("number"),
                        rs.getDate("adopted_on").toLocalDate(),
                        Choice.valueOf(rs.getString("choice"))))
                .list();
    }

    /** A vote a state cast on a resolution. */
    public record CastVote(UUID resolution, String number, java.time.LocalDate adoptedOn, Choice choice) {}

    static Resolution map(ResultSet rs, int row) throws SQLException {
        return new Resolution(
                rs.getObject("id", UUID.class),
                rs.getObject("session_id", UUID.class),
                rs.getString("number"),
                LocalizedText.fromJson(rs.getString("titles")),
                rs.getString("body"),
                rs.getDate("adopted_on").toLocalDate(),
                Adoption.valueOf(rs.getString("adoption")));
    }
}
