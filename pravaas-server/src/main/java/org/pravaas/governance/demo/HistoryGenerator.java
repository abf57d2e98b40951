package org.pravaas.governance.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pravaas.governance.membership.StateStatuses;
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

    HistoryGenerator(StateStatuses statuses, JdbcTemplate jdbc, OrgansHistory organs, SessionsHistory sessions) {
        this.statuses = statuses;
        this.jdbc = jdbc;
        this.organs = organs;
        this.sessions = sessions;
    }

    /** Returns whether it loaded anything (false: a history was already there). */
    @Transactional
    public boolean load(LocalDate today) {
        if (statuses.count() > 0) {
            return false;
        }
        new StatesHistory(statuses).load();
        new FinanceHistory(statuses, jdbc).load(today);
        organs.load();
        sessions.load();
        return true;
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
