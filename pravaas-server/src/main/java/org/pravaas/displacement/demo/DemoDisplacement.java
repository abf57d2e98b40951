package org.pravaas.displacement.demo;

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

/**
 * The demo's displacement operation, seeded once in the demo profile after the demo
 * organisation, by the server only: a command-line run acts on the database as it is.
 */
@Component
@Profile("demo")
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "pravaas.demo.seed", havingValue = "true", matchIfMissing = true)
@Order(11)
class DemoDisplacement implements ApplicationRunner {
    private final DemoOperation operation;
    private final DemoEvents events;
    private final AuditLog audit;

    DemoDisplacement(DemoOperation operation, DemoEvents events, AuditLog audit) {
        this.operation = operation;
        this.events = events;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        var loaded = operation.load(LocalDate.now(), true);
        if (loaded.isPresent()) {
            events.insertDemo(loaded.get(), LocalDate.now());
            audit.record(AuditEvent.of("demo.seeded", "displacement", DemoOperation.CODE, null)
                    .by("system"));
        }
    }
}
