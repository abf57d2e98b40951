package org.pravaas.governance.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pravaas.governance.membership.ObserverOrganisations;
import org.pravaas.governance.membership.StateStatuses;
import org.pravaas.shared.Ids;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a plausible history of the organisation from its founding in 1951 to today, once: a
 * database that already has a governance history keeps it.
 */
@Component
public class HistoryGenerator {
    private final StateStatuses statuses;
    private final JdbcTemplate jdbc;
    private final OrgansHistory organs;
    private final SessionsHistory sessions;
    private final ObserverOrganisations observers;

    HistoryGenerator(
            StateStatuses statuses,
            JdbcTemplate jdbc,
            OrgansHistory organs,
            SessionsHistory sessions,
            ObserverOrganisations observers) {
        this.statuses = statuses;
        this.jdbc = jdbc;
        this.organs = organs;
        this.sessions = sessions;
        this.observers = observers;
    }

    /** Returns whether it loaded anything (false: a history was already there). */
    @Transactional
    public boolean load(LocalDate today) {
        if (statuses.count() > 0) {
            return false;
        }
        new StatesHistory(statuses).load();
        observers();
        new FinanceHistory(statuses, jdbc).load(today);
        organs.load();
        sessions.load();
        return true;
    }

    /** Organisations that follow the organisation's work as observers. */
    private void observers() {
        observer("Inter-American Forum on Human Mobility", "INTERGOVERNMENTAL", "1962-11-20", null);
        observer("African Union for Free Movement", "INTERGOVERNMENTAL", "1979-05-10", null);
        observer("Council of Baltic Sea Ports", "INTERGOVERNMENTAL", "1993-06-01", "2011-01-01");
        observer("Global Network of Migrant Support Agencies", "NON_GOVERNMENTAL", "1985-11-12", null);
        observer("Seafarers and Travellers Aid", "NON_GOVERNMENTAL", "1955-04-01", "1990-01-01");
        observer("Refugee Legal Aid Alliance", "NON_GOVERNMENTAL", "2004-11-30", null);
    }

    private void observer(String name, String kind, String from, @Nullable String until) {
        observers.insert(Ids.newId(), name, kind, LocalDate.parse(from), until == null ? null : LocalDate.parse(until));
    }

    /** Row counts of the governance tables that "as of" queries read. */
    public Map<String, Long> size() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table :
                List.of("state_status", "assessment", "payment", "seat_term", "organ", "resolution", "vote")) {
            counts.put(table, jdbc.queryForObject("select count(*) from governance." + table, Long.class));
        }
        return counts;
    }
}
