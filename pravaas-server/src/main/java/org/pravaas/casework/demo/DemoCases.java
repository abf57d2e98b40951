package org.pravaas.casework.demo;

import java.util.List;
import org.pravaas.casework.file.CaseAccess;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.registry.PersonSummary;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo's cases, seeded once after the registry, health and movements: about forty cases in
 * Beirut across the four programmes and their stages, with tasks (some overdue), notes, a consent
 * and a referral to the Amman legal aid partner, and a move waiting for approval. The demo
 * caseworker is a protection officer; the administrator must state a reason to open a protection case.
 */
@Component
@Profile("demo")
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "pravaas.demo.seed", havingValue = "true", matchIfMissing = true)
@Order(60)
class DemoCases implements ApplicationRunner {
    static final String OFFICE = "LB-BEY";
    private final JdbcClient jdbc;
    private final CasePeople people;
    private final DemoJourneys journeys;
    private final CaseAccess access;
    private final BatchIdentity identity;

    DemoCases(JdbcClient jdbc, CasePeople people, DemoJourneys journeys, CaseAccess access, BatchIdentity identity) {
        this.jdbc = jdbc;
        this.people = people;
        this.journeys = journeys;
        this.access = access;
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (jdbc.sql("select count(*) from casework.case_file")
                        .query(Long.class)
                        .single()
                > 0) return;
        try {
            List<PersonSummary> list = people.register(OFFICE, "LBC", 40);
            identity.actAs("admin");
            access.designateProtectionOfficer("caseworker");
            journeys.seed(list);
            backdate();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Spreads each case's stays over the past weeks, so the dashboards show times in stage. */
    private void backdate() {
        jdbc.sql(
                        """
                with h as (
                    select id, row_number() over (partition by case_id order by entered_at, id) n,
                        count(*) over (partition by case_id) total, 3 + abs(hashtext(case_id::text)) % 12 step
                    from casework.stage_history)
                update casework.stage_history s set
                    entered_at = now() - ((h.total - h.n + 1) * h.step) * interval '1 day',
                    left_at = case when s.left_at is null then null
                        else now() - ((h.total - h.n) * h.step) * interval '1 day' end
                from h where h.id = s.id
                """)
                .update();
        jdbc.sql(
                        """
                update casework.case_file c set
                    stage_entered_at = (select max(entered_at) from casework.stage_history where case_id = c.id),
                    opened_at = (select min(entered_at) from casework.stage_history where case_id = c.id)
                """)
                .update();
        jdbc.sql("update casework.case_file set closed_at = stage_entered_at where status = 'CLOSED'")
                .update();
    }
}
