package org.pravaas.movement.demo;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.pravaas.movement.cost.CostCommand;
import org.pravaas.movement.cost.CostService;
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
 * The demo movement's costs, after the movements: tickets in Jordanian dinars, the escort and the
 * Istanbul transit in US dollars, per diem, and one ticket entered twice and reversed.
 */
@Component
@Profile("demo")
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "pravaas.demo.seed", havingValue = "true", matchIfMissing = true)
@Order(51)
class DemoCosts implements ApplicationRunner {
    private final JdbcClient jdbc;
    private final CostService costs;
    private final BatchIdentity identity;

    DemoCosts(JdbcClient jdbc, CostService costs, BatchIdentity identity) {
        this.jdbc = jdbc;
        this.costs = costs;
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from movement.cost").query(Long.class).single() > 0) return;
        Optional<UUID> request = jdbc.sql("select id from movement.request where case_reference = :r limit 1")
                .param("r", DemoMovements.REFERENCE)
                .query(UUID.class)
                .optional();
        if (request.isEmpty()) return;
        try {
            identity.actAs("movements");
            UUID id = request.get();
            costs.record(id, cost("TICKET", "AVRR-JO-2026/TRV", "1062.500", "JOD"));
            UUID twice = costs.record(id, cost("TICKET", "AVRR-JO-2026/TRV", "1062.500", "JOD"));
            costs.reverse(id, twice, "Entered twice from the same agency invoice");
            costs.record(id, cost("ESCORT", "AVRR-JO-2026/ESC", "640.00", "USD"));
            costs.record(id, cost("TRANSIT", "AVRR-JO-2026/TRV", "185.00", "USD"));
            costs.record(id, cost("PER_DIEM", "AVRR-JO-2026/DSA", "90.000", "JOD"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static CostCommand cost(String category, String line, String amount, String currency) {
        return new CostCommand(category, line, new BigDecimal(amount), currency);
    }
}
