package org.pravaas.governance.session;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pravaas.governance.LocalizedText;
import org.pravaas.governance.session.SessionParts.AgendaItem;
import org.pravaas.governance.session.SessionParts.Attendance;
import org.pravaas.governance.session.SessionParts.Document;
import org.pravaas.governance.session.SessionParts.Officer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The governance.session table. */
@Repository
public class Sessions {
    private static final String SELECT =
            """
            select s.*, o.code as organ_code, o.names::text as organ_names from governance.session s
              join governance.organ o on o.id = s.organ_id""";

    private final JdbcClient jdbc;

    Sessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Session> find(UUID id) {
        return jdbc.sql(SELECT + " where s.id = :id")
                .param("id", id)
                .query(Sessions::map)
                .optional();
    }

    public List<Session> ofOrgan(UUID organ) {
        return jdbc.sql(SELECT + " where s.organ_id = :organ order by s.starts_on desc")
                .param("organ", organ)
                .query(Sessions::map)
                .list();
    }

    public List<Session> recent(int limit) {
        return jdbc.sql(SELECT + " order by s.starts_on desc limit :limit")
                .param("limit", limit)
                .query(Sessions::map)
                .list();
    }

    public boolean numberTaken(UUID organ, int number) {
        return jdbc.sql("select exists(select 1 from governance.session where organ_id = :organ and number = :n)")
                .param("organ", organ)
                .param("n", number)
                .query(Boolean.class)
                .single();
    }

    public void insert(Session s) {
        jdbc.sql(
                        """
                insert into governance.session (id, organ_id, number, special, starts_on, ends_on, venue, report)
                values (:id, :organ, :number, :special, :starts, :ends, :venue, :report)""")
                .param("id", s.id())
                .param("organ", s.organId())
                .param("number", s.number())
                .param("special", s.special())
                .param("starts", Date.valueOf(s.startsOn()))
                .param("ends", Date.valueOf(s.endsOn()))
                .param("venue", s.venue())
                .param("report", s.report())
                .update();
    }

    public List<AgendaItem> agenda(UUID session) {
        return jdbc.sql("select id, position, titles::text as titles from governance.agenda_item"
                        + " where session_id = :s order by position")
                .param("s", session)
                .query((rs, row) -> new AgendaItem(
                        rs.getObject("id", UUID.class),
                        rs.getInt("position"),
                        LocalizedText.fromJson(rs.getString("titles"))))
                .list();
    }

    public void addAgendaItem(UUID id, UUID session, LocalizedText titles) {
        jdbc.sql(
                        """
                insert into governance.agenda_item (id, session_id, position, titles)
                values (:id, :s, (select coalesce(max(position), 0) + 1 from governance.agenda_item
                                   where session_id = :s), cast(:titles as jsonb))""")
                .param("id", id)
                .param("s", session)
                .param("titles", titles.toJson())
                .update();
    }

    public List<Document> documents(UUID session) {
        return jdbc.sql(
                        """
                select id, agenda_item_id, symbol, titles::text as titles, language, file_name, content_type
                  from governance.document where session_id = :s order by symbol""")
                .param("s", session)
                .query((rs, row) -> new Document(
                        rs.getObject("id", UUID.class),
                        rs.getObject("agenda_item_id", UUID.class),
                        rs.getString("symbol"),
                        LocalizedText.fromJson(rs.getString("titles")),
                        rs.getString("language"),
                        rs.getString("file_name"),
                        rs.getString("content_type")))
                .list();
    }

    public List<Attendance> attendance(UUID session) {
        return jdbc.sql("select * from governance.attendance where session_id = :s order by capacity, country")
                .param("s", session)
                .query((rs, row) ->
                        new Attendance(rs.getString("country"), rs.getString("capacity"), rs.getString("head")))
                .list();
    }

    public List<Officer> officers(UUID session) {
        return jdbc.sql("select * from governance.session_officer where session_id = :s order by role, name")
                .param("s", session)
                .query((rs, row) -> new Officer(rs.getString("role"), rs.getString("name"), rs.getString("country")))
                .list();
    }

    static Session map(ResultSet rs, int row) throws SQLException {
        return new Session(
                rs.getObject("id", UUID.class),
                rs.getObject("organ_id", UUID.class),
                rs.getString("organ_code"),
                LocalizedText.fromJson(rs.getString("organ_names")),
                rs.getInt("number"),
                rs.getBoolean("special"),
                rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(),
                rs.getString("venue"),
                rs.getString("report"));
    }
}
