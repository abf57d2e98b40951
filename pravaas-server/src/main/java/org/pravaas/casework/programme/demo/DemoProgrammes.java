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
 * The programmes' part of the demo that the engine's walk does not need, added once after it:
 * AVRR plans, assistance and a scored visit, a shelter referral for protection cases at that
 * stage, and an emergency site with stock and distributions. Quotas, submissions, decisions,
 * identifications and risks come from {@link DemoSeeding} during the walk. Cases are found by
 * programme and stage.
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
    private final DemoRecords records;
    private final BatchIdentity identity;
    private final Clock clock;

    DemoProgrammes(
            JdbcClient jdbc,
            DemoReintegration reintegration,
            DemoRelief relief,
            DemoRecords records,
            BatchIdentity identity,
            Clock clock) {
        this.jdbc = jdbc;
        this.reintegration = reintegration;
        this.relief = relief;
        this.records = records;
        this.identity = identity;
        this.clock = clock;
    }

    /** An engine demo case: its id, stage and office. */
    record DemoCase(UUID id, String stage, UUID officeId) {}

    @Override
    public void run(ApplicationArguments args) {
        boolean done = jdbc.sql("select exists (select 1 from casework.avrr_plan) or exists (select 1 from"
                        + " casework.emergency_site)")
                .query(Boolean.class)
                .single();
        if (done) return;
        LocalDate today = LocalDate.now(clock);
        try {
            identity.actAs("admin");
            records.alignDates();
            reintegration.seed(cases("avrr"), today);
            cases("protection").stream()
                    .filter(c -> c.stage().equals("referral_to_services"))
                    .forEach(c -> records.shelter(c.id()));
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
}
