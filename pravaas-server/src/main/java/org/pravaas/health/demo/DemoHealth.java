package org.pravaas.health.demo;

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
 * The demo's migration health assessment centre in Cox's Bazar, seeded once by the server after
 * the demo registry: Rohingya refugees registered through the registry's import, today's
 * worklist, cleared travellers, a traveller held with active tuberculosis under observed
 * treatment, vaccinations, the office's health lead and one break of the glass for its report.
 */
@Component("healthDemoHealth")
@Profile("demo")
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "pravaas.demo.seed", havingValue = "true", matchIfMissing = true)
@Order(40)
class DemoHealth implements ApplicationRunner {
    private final JdbcClient jdbc;
    private final DemoPeople people;
    private final DemoClinic clinic;

    DemoHealth(JdbcClient jdbc, DemoPeople people, DemoClinic clinic) {
        this.jdbc = jdbc;
        this.people = people;
        this.clinic = clinic;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (jdbc.sql("select count(*) from health.assessment").query(Long.class).single() > 0) return;
        try {
            clinic.seed(people.register());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
