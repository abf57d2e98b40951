package org.pravaas.casework.programme.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pravaas.organization.BatchIdentity;
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
 * The programmes' part of the demo, added once to the engine's demo cases (so it runs after the
 * engine's loader): quotas for the year, submissions and decisions on resettlement cases past
 * submission, AVRR plans, assistance and a scored visit, protection identifications and risks, and
 * an emergency site with stock and distributions. Cases are found by programme and stage.
 */
@Component
@Profile("demo")
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "pravaas.demo.seed", havingValue = "true", matchIfMissing = true)
@Order(90)
class DemoProgrammes implements ApplicationRunner {
    private final JdbcClient jdbc;
    private final DemoReintegration reintegration;
    private final DemoRelief relief;
    private final BatchIdentity identity;
    private final Clock clock;

    DemoProgrammes(
            JdbcClient jdbc, DemoReintegration reintegration, DemoRelief relief, BatchIdentity identity, Clock clock) {
        this.jdbc = jdbc;
        this.reintegration = reintegration;
        this.relief = relief;
        this.identity = identity;
        this.clock = clock;
    }

    /** An engine demo case: its id, stage and office. */
    record DemoCase(UUID id, String stage, UUID officeId) {}

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from casework.resettlement_quota")
                        .query(Long.class)
                        .single()
                > 0) return;
        LocalDate today = LocalDate.now(clock);
        quotas(today.getYear());
        try {
            identity.actAs("admin");
            resettlement(today);
            reintegration.seed(cases("avrr"), today);
            protection(today);
            relief.seed(cases("emergency"), today);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    List<DemoCase> cases(String programme) {
        return jdbc.sql("select id, stage, office_id from casework.case_file where programme = :p and status = 'OPEN'"
                        + " order by opened_at, id")
                .param("p", programme)
                .query((rs, n) -> new DemoCase(
                        rs.getObject("id", UUID.class), rs.getString("stage"), rs.getObject("office_id", UUID.class)))
                .list();
    }

    private void quotas(int year) {
        for (var q : List.of(List.of("CA", 120), List.of("AU", 60), List.of("SE", 25), List.of("GB", 40))) {
            jdbc.sql("insert into casework.resettlement_quota (country, year, quota) values (:c, :y, :q)"
                            + " on conflict do nothing")
                    .param("c", q.get(0))
                    .param("y", year)
                    .param("q", q.get(1))
                    .update();
        }
    }

    /** Submitted cases past submission; accepted ones past decision. Countries rotate over the quotas. */
    private void resettlement(LocalDate today) {
        List<String> past = List.of("decision", "pre_departure", "ready_for_movement", "arrived");
        String[] countries = {"CA", "AU", "SE", "GB"};
        int i = 0;
        for (DemoCase c : cases("resettlement")) {
            if (!past.contains(c.stage())) continue;
            boolean decided = !c.stage().equals("decision");
            jdbc.sql(
                            """
                    insert into casework.resettlement_submission (case_id, country, submitted_on, persons, decision,
                        decided_on, arrived_at)
                    select :id, :country, :submitted, greatest(1, (select count(*) from casework.case_member
                        where case_id = :id)), :decision, :decided, case when :arrived then now() end
                    on conflict do nothing
                    """)
                    .param("id", c.id())
                    .param("country", countries[i++ % countries.length])
                    .param("submitted", today.minusDays(60))
                    .param("decision", decided ? "ACCEPTED" : null)
                    .param("decided", decided ? today.minusDays(20) : null)
                    .param("arrived", c.stage().equals("arrived"))
                    .update();
        }
    }

    /** Identified cases past identification; a risk assessment past risk assessment; a shelter referral. */
    private void protection(LocalDate today) {
        for (DemoCase c : cases("protection")) {
            if (c.stage().equals("identification")) continue;
            jdbc.sql(
                            """
                    insert into casework.protection_identification (case_id, exploitation, control_means,
                        recruiter_relationship, recruitment_means, origin_country, transit_countries,
                        exploitation_country, recruited_on, exploitation_started_on, exited_on, identified_on,
                        identified_by)
                    values (:id, '{FORCED_LABOUR,DOMESTIC_SERVITUDE}', '{WITHHELD_DOCUMENTS,DEBT_BONDAGE,ISOLATION}',
                        'AGENCY', '{JOB_OFFER}', 'ET', '{SD}', 'LB', :recruited, :started, :exited, :identified,
                        'Beirut outreach team')
                    on conflict do nothing
                    """)
                    .param("id", c.id())
                    .param("recruited", today.minusYears(2))
                    .param("started", today.minusYears(2).plusMonths(2))
                    .param("exited", today.minusMonths(2))
                    .param("identified", today.minusMonths(1))
                    .update();
            if (c.stage().equals("risk_assessment")) continue;
            jdbc.sql(
                            """
                    insert into casework.protection_risk (id, case_id, assessed_on, safety, retrafficking, retaliation,
                        health, overall, review_on, assessed_by)
                    values (gen_random_uuid(), :id, :on, 'MEDIUM', 'HIGH', 'MEDIUM', 'LOW', 'HIGH', :review, 'admin')
                    """)
                    .param("id", c.id())
                    .param("on", today.minusDays(25))
                    .param("review", today.plusDays(5))
                    .update();
            jdbc.sql(
                            """
                    insert into casework.protection_service (id, case_id, service, provider, referred_on, status)
                    values (gen_random_uuid(), :id, 'SHELTER', 'Safe House Beirut', :on, 'IN_PROGRESS')
                    """)
                    .param("id", c.id())
                    .param("on", today.minusDays(20))
                    .update();
        }
    }
}
