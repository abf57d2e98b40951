package org.pravaas.governance.membership;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The governance.observer_organisation table: intergovernmental and non-governmental observers. */
@Repository
public class ObserverOrganisations {
    private final JdbcClient jdbc;

    ObserverOrganisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An organisation with observer status from one day until (excluding) another. */
    public record ObserverOrganisation(UUID id, String name, String kind, LocalDate from, @Nullable LocalDate until) {
        public String kindKey() {
            return "governance.observer-organisation."
                    + kind.toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public List<ObserverOrganisation> on(LocalDate day) {
        return jdbc.sql(
                        """
                select id, name, kind, lower(period) as from_day, upper(period) as until_day
                  from governance.observer_organisation where period @> cast(:day as date) order by kind, name""")
                .param("day", Date.valueOf(day))
                .query((rs, row) -> {
                    Date until = rs.getDate("until_day");
                    return new ObserverOrganisation(
                            rs.getObject("id", UUID.class),
                            rs.getString("name"),
                            rs.getString("kind"),
                            rs.getDate("from_day").toLocalDate(),
                            until == null ? null : until.toLocalDate());
                })
                .list();
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
}
