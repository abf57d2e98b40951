package org.pravaas.governance.demo;

import java.time.LocalDate;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's governance history, seeded once in the demo profile after the demo organisation,
 * by the server only: a command-line run acts on the database as it is.
 */
@Component
@Profile("demo")
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "pravaas.demo.seed", havingValue = "true", matchIfMissing = true)
@Order(10)
class DemoGovernance implements ApplicationRunner {
    private final HistoryGenerator generator;
    private final AuditLog audit;

    DemoGovernance(HistoryGenerator generator, AuditLog audit) {
        this.generator = generator;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (generator.load(LocalDate.now())) {
            audit.record(
                    AuditEvent.of("demo.seeded", "governance", "history", null).by("system"));
        }
    }
}
