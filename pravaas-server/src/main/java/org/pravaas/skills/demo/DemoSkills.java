package org.pravaas.skills.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.skills.profile.Profile;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo's skills data, after the registry's people (whom the profiles describe), once, by
 * the server only: about 130 profiles, eight openings, placements from offer to evaluation.
 */
@Component
@org.springframework.context.annotation.Profile("demo")
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "pravaas.demo.seed", havingValue = "true", matchIfMissing = true)
@Order(30)
class DemoSkills implements ApplicationRunner {
    private final DemoProfiles profiles;
    private final DemoOpenings openings;
    private final BatchIdentity identity;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    DemoSkills(DemoProfiles profiles, DemoOpenings openings, BatchIdentity identity, JdbcClient jdbc, AuditLog audit) {
        this.profiles = profiles;
        this.openings = openings;
        this.identity = identity;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from skills.profile").query(Long.class).single() > 0) return;
        Random random = new Random(12);
        try {
            identity.actAs("admin");
            List<Profile> syrians =
                    new java.util.ArrayList<>(profiles.load("LB-BEY", 40, DemoProfiles.SYRIAN, "LB", "SY", random));
            syrians.addAll(profiles.load("JO-AMM", 30, DemoProfiles.SYRIAN, "JO", "SY", random));
            List<Profile> indians = profiles.load("IN-DEL", 40, DemoProfiles.INDIAN, "IN", "IN", random);
            profiles.load("CO-BOG", 20, DemoProfiles.COLOMBIAN, "CO", "CO", random);
            openings.load(syrians, indians, LocalDate.now());
            audit.record(
                    AuditEvent.of("demo.seeded", "skills", "profiles", null).by("system"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
