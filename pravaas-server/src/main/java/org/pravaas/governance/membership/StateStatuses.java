package org.pravaas.governance.membership;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.governance.MembershipStatus;
import org.pravaas.governance.YearCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The governance.state_status table: periods of membership and observer status. */
@Repository
public class StateStatuses {
    private static final String SELECT =
            """
            select id, country, status, applied_on, lower(period) as from_day, upper(period) as until_day, note
              from governance.state_status""";

    private final JdbcClient jdbc;

    StateStatuses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every state taking part on the day, by the GiST index on the period. */
    public List<StateStatus> on(LocalDate day) {
        return jdbc.sql(SELECT + " where period @> cast(:day as date) order by country")
                .param("day", Date.valueOf(day))
                .query(StateStatuses::map)
                .list();
    }

    public Optional<StateStatus> of(String country, LocalDate day) {
        return jdbc.sql(SELECT + " where country = :country and period @> cast(:day as date)")
                .param("country", country)
                .param("day", Date.valueOf(day))
                .query(StateStatuses::map)
                .optional();
    }

    public List<StateStatus> history(String country) {
        return jdbc.sql(SELECT + " where country = :country order by lower(period)")
                .param("country", country)
                .query(StateStatuses::map)
                .list();
    }

    public Optional<StateStatus> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(StateStatuses::map)
                .optional();
    }

    /** The periods of a state that share a day with [from, until). */
    public List<StateStatus> overlapping(String country, LocalDate from, @Nullable LocalDate until) {
        return jdbc.sql(SELECT + " where country = :country and period && daterange(:from, :until)")
                .param("country", country)
                .param("from", Date.valueOf(from))
                .param("until", until == null ? null : Date.valueOf(until))
                .query(StateStatuses::map)
                .list();
    }

    /** Members and observers on 1 January of each year, in one pass over the periods. */
    public List<YearCount> perYear(int first, int last) {
        return jdbc.sql(
                        """
                select y.year,
                       count(s.id) filter (where s.status = 'MEMBER') as members,
                       count(s.id) filter (where s.status = 'OBSERVER') as observers
                  from generate_series(:first, :last) as y(year)
                  left join governance.state_status s on s.period @> make_date(y.year, 1, 1)
                 group by y.year order by y.year""")
                .param("first", first)
                .param("last", last)
                .query((rs, row) -> new YearCount(rs.getInt("year"), rs.getInt("members"), rs.getInt("observers")))
                .list();
    }

    public void insert(StateStatus s) {
        jdbc.sql(
                        """
                insert into governance.state_status (id, country, status, applied_on, period, note)
                values (:id, :country, :status, :appliedOn, daterange(:from, :until), :note)""")
                .param("id", s.id())
                .param("country", s.country())
                .param("status", s.status().name())
                .param("appliedOn", s.appliedOn() == null ? null : Date.valueOf(s.appliedOn()))
                .param("from", Date.valueOf(s.from()))
                .param("until", s.until() == null ? null : Date.valueOf(s.until()))
                .param("note", s.note())
                .update();
    }

    /** Ends an open period: the state withdrew, or changed status, on {@code until}. */
    public boolean close(UUID id, LocalDate until) {
        return jdbc.sql(
                                """
                update governance.state_status set period = daterange(lower(period), :until)
                 where id = :id and upper_inf(period) and lower(period) < :until""")
                        .param("id", id)
                        .param("until", Date.valueOf(until))
                        .update()
                == 1;
    }

    public long count() {
        return jdbc.sql("select count(*) from governance.state_status")
                .query(Long.class)
                .single();
    }

    static StateStatus map(ResultSet rs, int row) throws SQLException {
        return new StateStatus(
                rs.getObject("id", UUID.class),
                rs.getString("country"),
                MembershipStatus.valueOf(rs.getString("status")),
                day(rs.getDate("applied_on")),
                rs.getDate("from_day").toLocalDate(),
                day(rs.getDate("until_day")),
                rs.getString("note"));
    }

    private static @Nullable LocalDate day(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
