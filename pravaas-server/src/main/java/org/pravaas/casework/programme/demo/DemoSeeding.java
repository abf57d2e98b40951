package org.pravaas.casework.programme.demo;

import java.time.LocalDate;
import org.pravaas.casework.CaseOpened;
import org.pravaas.casework.CaseStageChanged;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * While the engine's demo walks its cases along their programmes (its loader runs at order 60),
 * each case gets the programme record its next stage needs, as a caseworker would have entered
 * it: a submission on entering submission, the country's decision on entering decision, an
 * identification on opening a protection case and a risk assessment on entering risk assessment.
 * Without them the programmes' guards would stop the walk. The listener runs in the move's own
 * transaction and only between the two runners around the engine's loader, so a demo user moving
 * a case later fills the forms like anyone else.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "pravaas.demo.seed", havingValue = "true", matchIfMissing = true)
class DemoSeeding {
    private volatile boolean walking;
    private final JdbcClient jdbc;
    private final DemoRecords records;

    DemoSeeding(JdbcClient jdbc, DemoRecords records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    @Bean
    @Order(59)
    ApplicationRunner beforeTheEnginesDemo() {
        return (ApplicationArguments args) -> {
            records.quotas(LocalDate.now().getYear());
            walking = jdbc.sql("select count(*) from casework.case_file")
                            .query(Long.class)
                            .single()
                    == 0;
        };
    }

    @Bean
    @Order(61)
    ApplicationRunner afterTheEnginesDemo() {
        return (ApplicationArguments args) -> walking = false;
    }

    @EventListener
    void on(CaseOpened e) {
        if (walking && e.programme().equals("protection")) records.identification(e.id().value());
    }

    @EventListener
    void on(CaseStageChanged e) {
        if (!walking) return;
        switch (e.programme() + ":" + e.to()) {
            case "resettlement:submission" -> records.submission(e.id().value());
            case "resettlement:decision" -> records.accepted(e.id().value());
            case "protection:risk_assessment" -> records.risk(e.id().value());
            default -> {}
        }
    }
}
