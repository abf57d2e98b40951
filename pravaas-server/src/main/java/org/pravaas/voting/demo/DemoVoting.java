package org.pravaas.voting.demo;

import java.time.LocalDate;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.voting.election.Elections;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo's out-of-country vote, seeded once by the server in the demo profile, after the demo
 * organisation: an election with stations in seven host countries, about two thousand voters, a
 * second registration in Arabic script held for review, a challenge, votes, and result forms in
 * every state (counted, quarantined, in quality control, waiting for the second copy).
 */
@Component
@Profile("demo")
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "pravaas.demo.seed", havingValue = "true", matchIfMissing = true)
@Order(12)
class DemoVoting implements ApplicationRunner {
    private final DemoElection election;
    private final Elections elections;
    private final BatchIdentity identity;
    private final AuditLog audit;

    DemoVoting(DemoElection election, Elections elections, BatchIdentity identity, AuditLog audit) {
        this.election = election;
        this.elections = elections;
        this.identity = identity;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (elections.byCode(DemoElection.CODE).isPresent()) {
            return;
        }
        identity.actAs("admin");
        try {
            election.load(LocalDate.now());
            audit.record(AuditEvent.of("demo.seeded", "voting", DemoElection.CODE, null)
                    .by("system"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
