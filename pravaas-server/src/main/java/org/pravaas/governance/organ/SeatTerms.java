package org.pravaas.governance.organ;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The governance.seat_term table. Terms are stored as [first day, last day + 1). */
@Repository
public class SeatTerms {
    private static final String SELECT =
            """
            select id, organ_id, country, lower(term) as from_day, upper(term) - 1 as to_day
              from governance.seat_term""";

    private final JdbcClient jdbc;

    SeatTerms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who held a seat on the organ on the day. */
    public List<SeatTerm> holdersOn(UUID organ, LocalDate day) {
        return jdbc.sql(SELECT + " where organ_id = :organ and term @> cast(:day as date) order by country")
                .param("organ", organ)
                .param("day", Date.valueOf(day))
                .query(SeatTerms::map)
                .list();
    }

    public List<SeatTerm> ofOrgan(UUID organ) {
        return jdbc.sql(SELECT + " where organ_id = :organ order by lower(term) desc, country")
                .param("organ", organ)
                .query(SeatTerms::map)
                .list();
    }

    public List<SeatTerm> ofCountry(String country) {
        return jdbc.sql(SELECT + " where country = :country order by lower(term)")
                .param("country", country)
                .query(SeatTerms::map)
                .list();
    }

    /** Terms on the organ sharing a day with [from, to]; of one country, or of all when it is absent. */
    public List<SeatTerm> overlapping(UUID organ, @Nullable String country, LocalDate from, @Nullable LocalDate to) {
        return jdbc.sql(SELECT
                        + " where organ_id = :organ and (cast(:country as text) is null or country = :country)"
                        + " and term && daterange(:from, :to, '[]')")
                .param("organ", organ)
                .param("country", country)
                .param("from", Date.valueOf(from))
                .param("to", to == null ? null : Date.valueOf(to))
                .query(SeatTerms::map)
                .list();
    }

    public void insert(SeatTerm t) {
        jdbc.sql(
                        """
                insert into governance.seat_term (id, organ_id, country, term)
                values (:id, :organ, :country, daterange(:from, :to, '[]'))""")
                .param("id", t.id())
                .param("organ", t.organId())
                .param("country", t.country())
                .param("from", Date.valueOf(t.from()))
                .param("to", t.to() == null ? null : Date.valueOf(t.to()))
                .update();
    }

    static SeatTerm map(ResultSet rs, int row) throws SQLException {
        Date to = rs.getDate("to_day");
        return new SeatTerm(
                rs.getObject("id", UUID.class),
                rs.getObject("organ_id", UUID.class),
                rs.getString("country"),
                rs.getDate("from_day").toLocalDate(),
                to == null ? null : to.toLocalDate());
    }
}
