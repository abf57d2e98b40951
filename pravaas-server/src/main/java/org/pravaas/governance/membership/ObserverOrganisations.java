package org.pravaas.governance.membership;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The governance.observer_organisation table: intergovernmental and non-governmental observers. */
@Repository
public class ObserverOrganisations {
    private static final String SELECT =
            """
            select id, name, kind, lower(period) as from_day, upper(period) as until_day
              from governance.observer_organisation""";

    private final JdbcClient jdbc;

    ObserverOrganisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An organisation with observer status from one day until (excluding) another. */
    public record ObserverOrganisation(UUID id, String name, String kind, LocalDate from, @Nullable LocalDate until) {
        /** The last day with observer status, for display. */
        public @Nullable LocalDate lastDay() {
            return until == null ? null : until.minusDays(1);
        }

        public String kindKey() {
            return "governance.observer-organisation."
                    + kind.toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public List<ObserverOrganisation> on(LocalDate day) {
        return jdbc.sql(SELECT + " where period @> cast(:day as date) order by kind, name")
                .param("day", Date.valueOf(day))
                .query(ObserverOrganisations::map)
                .list();
    }

    public Optional<ObserverOrganisation> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(ObserverOrganisations::map)
                .optional();
    }

    /** The periods of status of the organisation of that name, ignoring case and outer spaces. */
    public List<ObserverOrganisation> named(String name) {
        return jdbc.sql(SELECT + " where lower(name) = lower(:name) order by lower(period)")
                .param("name", name.strip())
                .query(ObserverOrganisations::map)
                .list();
    }

    /** Ends an open status: {@code until} is the first day without it. */
    public boolean close(UUID id, LocalDate until) {
        return jdbc.sql(
                                """
                update governance.observer_organisation set period = daterange(lower(period), :until)
                 where id = :id and upper_inf(period)""")
                        .param("id", id)
                        .param("until", Date.valueOf(until))
                        .update()
                == 1;
    }

    public void insert(UUID id, String name, String kind, LocalDate from, @Nullable LocalDate until) {
        jdbc.sql(
                        """
                insert into governance.observer_organisation (id, name, kind, period)
                values (:id, :name, :kind, daterange(:from, :until))""")
                .param("id", id)
                .param("name", name)
                .param("kind", kind)
                .param("from", Date.valueOf(from))
                .param("until", until == null ? null : Date.valueOf(until))
                .update();
    }

    static ObserverOrganisation map(ResultSet rs, int row) throws SQLException {
        Date until = rs.getDate("until_day");
        return new ObserverOrganisation(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("kind"),
                rs.getDate("from_day").toLocalDate(),
                until == null ? null : until.toLocalDate());
    }
}
