package org.pravaas.governance.demo;

import java.time.LocalDate;
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
}
