package org.pravaas.governance.organ;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.governance.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The governance.organ table. */
@Repository
public class Organs {
    private static final String SELECT =
            """
            select id, code, names::text as names, mandate::text as mandate, kind, parent_id, seats,
                   lower(existence) as from_day, upper(existence) as until_day
              from governance.organ""";

    private final JdbcClient jdbc;

    Organs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Organ> all() {
        return jdbc.sql(SELECT + " order by lower(existence), code")
                .query(Organs::map)
                .list();
    }

    public List<Organ> on(LocalDate day) {
        return jdbc.sql(SELECT + " where existence @> cast(:day as date) order by lower(existence), code")
                .param("day", Date.valueOf(day))
                .query(Organs::map)
                .list();
    }

    public Optional<Organ> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(Organs::map)
                .optional();
    }

    public Optional<Organ> findByCode(String code) {
        return jdbc.sql(SELECT + " where code = :code")
                .param("code", code)
                .query(Organs::map)
                .optional();
    }

    public void insert(Organ o) {
        jdbc.sql(
                        """
                insert into governance.organ (id, code, names, mandate, kind, parent_id, seats, existence)
                values (:id, :code, cast(:names as jsonb), cast(:mandate as jsonb), :kind, :parent, :seats,
                        daterange(:from, :until))""")
                .param("id", o.id())
                .param("code", o.code())
                .param("names", o.names().toJson())
                .param("mandate", o.mandate().toJson())
                .param("kind", o.kind().name())
                .param("parent", o.parentId())
                .param("seats", o.seats())
                .param("from", Date.valueOf(o.from()))
                .param("until", o.until() == null ? null : Date.valueOf(o.until()))
                .update();
    }

    /** Ends an open existence: {@code until} is the first day the organ no longer exists. */
    public boolean close(UUID id, LocalDate until) {
        return jdbc.sql(
                                """
                update governance.organ set existence = daterange(lower(existence), :until)
                 where id = :id and upper_inf(existence)""")
                        .param("id", id)
                        .param("until", Date.valueOf(until))
                        .update()
                == 1;
    }

    /** The last day of the organ's latest session or elected term, if it has any. */
    public Optional<LocalDate> lastBusinessDay(UUID id) {
        Date day = jdbc.sql(
                        """
                select greatest(
                         (select max(ends_on) from governance.session where organ_id = :id),
                         (select max(upper(term) - 1) from governance.seat_term where organ_id = :id))""")
                .param("id", id)
                .query(Date.class)
                .optional()
                .orElse(null);
        return Optional.ofNullable(day).map(Date::toLocalDate);
    }

    static Organ map(ResultSet rs, int row) throws SQLException {
        Date until = rs.getDate("until_day");
        return new Organ(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                LocalizedText.fromJson(rs.getString("names")),
                mandate(rs.getString("mandate")),
                OrganKind.valueOf(rs.getString("kind")),
                rs.getObject("parent_id", UUID.class),
                (Integer) rs.getObject("seats"),
                rs.getDate("from_day").toLocalDate(),
                until == null ? null : until.toLocalDate());
    }

    private static LocalizedText mandate(@Nullable String json) {
        return json == null || "{}".equals(json) ? LocalizedText.english("") : LocalizedText.fromJson(json);
    }
}
