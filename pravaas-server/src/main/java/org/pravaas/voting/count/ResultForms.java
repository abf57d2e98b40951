package org.pravaas.voting.count;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Result forms, their two copies and their trail. */
@Repository
public class ResultForms {
    private static final String COLUMNS = "id, station_id, election_id, status, reasons, ballots_received,"
            + " ballots_issued, spoiled, unused, invalid, valid, votes, version, updated_at";
    private static final String FIGURES = "ballots_received, ballots_issued, spoiled, unused, invalid, valid, votes";
    private final JdbcClient jdbc;

    ResultForms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ResultForm> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from voting.result_form where id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** The station's form, locked until commit so that two clerks' copies are compared one at a time. */
    Optional<ResultForm> byStationForUpdate(UUID station) {
        return jdbc.sql("select " + COLUMNS + " from voting.result_form where station_id = :s for update")
                .param("s", station)
                .query((rs, n) -> map(rs))
                .optional();
    }

    public List<ResultForm> of(UUID election) {
        return jdbc.sql("select " + COLUMNS + " from voting.result_form where election_id = :e")
                .param("e", election)
                .query((rs, n) -> map(rs))
                .list();
    }

    /** Creates the station's form unless another clerk just did; the form either way, locked. */
    ResultForm open(UUID id, UUID station, UUID election) {
        jdbc.sql(
                        """
                insert into voting.result_form (id, station_id, election_id, status)
                values (:id, :s, :e, 'AWAITING_SECOND') on conflict (station_id) do nothing
                """)
                .param("id", id)
                .param("s", station)
                .param("e", election)
                .update();
        return byStationForUpdate(station).orElseThrow();
    }

    void insertCopy(UUID form, int copy, String clerk, Figures f) {
        jdbc.sql("insert into voting.result_entry (form_id, copy, clerk, " + FIGURES
                        + ") values (:f, :c, :clerk, :r, :i, :s, :u, :inv, :val, :votes)")
                .param("f", form)
                .param("c", copy)
                .param("clerk", clerk)
                .param("r", f.ballotsReceived())
                .param("i", f.ballotsIssued())
                .param("s", f.spoiled())
                .param("u", f.unused())
                .param("inv", f.invalid())
                .param("val", f.valid())
                .param("votes", f.votesArray())
                .update();
    }

    public List<Copy> copies(UUID form) {
        return jdbc.sql("select copy, clerk, entered_at, " + FIGURES
                        + " from voting.result_entry where form_id = :f order by copy")
                .param("f", form)
                .query((rs, n) -> new Copy(
                        rs.getInt("copy"),
                        rs.getString("clerk"),
                        rs.getTimestamp("entered_at").toInstant(),
                        figures(rs)))
                .list();
    }

    /** Moves the form on; the agreed figures are kept when given, else left as they were. */
    void update(UUID form, FormStatus status, List<Reason> reasons, @Nullable Figures agreed) {
        jdbc.sql(
                        """
                update voting.result_form set status = :st, reasons = :reasons, version = version + 1, updated_at = now(),
                    ballots_received = coalesce(:r, ballots_received), ballots_issued = coalesce(:i, ballots_issued),
                    spoiled = coalesce(:s, spoiled), unused = coalesce(:u, unused), invalid = coalesce(:inv, invalid),
                    valid = coalesce(:val, valid), votes = coalesce(cast(:votes as int[]), votes)
                where id = :id
                """)
                .param("id", form)
                .param("st", status.name())
                .param("reasons", reasons.stream().map(Reason::stored).toArray(String[]::new))
                .param("r", agreed == null ? null : agreed.ballotsReceived())
                .param("i", agreed == null ? null : agreed.ballotsIssued())
                .param("s", agreed == null ? null : agreed.spoiled())
                .param("u", agreed == null ? null : agreed.unused())
                .param("inv", agreed == null ? null : agreed.invalid())
                .param("val", agreed == null ? null : agreed.valid())
                .param("votes", agreed == null ? null : agreed.votesArray())
                .update();
    }

    void addEvent(UUID form, String actor, String action, @Nullable String note) {
        jdbc.sql("insert into voting.form_event (form_id, actor, action, note) values (:f, :a, :action, :note)")
                .param("f", form)
                .param("a", actor)
                .param("action", action)
                .param("note", note)
                .update();
    }

    public List<FormEvent> events(UUID form) {
        return jdbc.sql("select at, actor, action, note from voting.form_event where form_id = :f order by id")
                .param("f", form)
                .query(FormEvent.class)
                .list();
    }

    private static ResultForm map(ResultSet rs) throws SQLException {
        Figures figures = rs.getObject("ballots_received") == null ? null : figures(rs);
        return new ResultForm(
                rs.getObject("id", UUID.class),
                rs.getObject("station_id", UUID.class),
                rs.getObject("election_id", UUID.class),
                FormStatus.valueOf(rs.getString("status")),
                Arrays.stream((String[]) rs.getArray("reasons").getArray())
                        .map(Reason::parse)
                        .toList(),
                figures,
                rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static Figures figures(ResultSet rs) throws SQLException {
        return new Figures(
                rs.getInt("ballots_received"),
                rs.getInt("ballots_issued"),
                rs.getInt("spoiled"),
                rs.getInt("unused"),
                rs.getInt("invalid"),
                rs.getInt("valid"),
                votes(rs.getArray("votes")));
    }

    private static List<Integer> votes(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Integer[]) array.getArray());
    }
}
