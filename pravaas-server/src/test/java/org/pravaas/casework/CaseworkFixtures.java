package org.pravaas.casework;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.pravaas.casework.demo.CasePeople;
import org.pravaas.casework.file.Approvals;
import org.pravaas.casework.file.CaseOpening;
import org.pravaas.casework.file.OpenCase;
import org.pravaas.casework.file.Proposals;
import org.pravaas.casework.file.Transitions;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.registry.PersonSummary;
import org.springframework.stereotype.Component;

/** People in Beirut for the casework tests, each test with its own, and cases opened for them. */
@Component
class CaseworkFixtures {
    private static final AtomicInteger BATCH = new AtomicInteger();
    private final CasePeople people;
    private final CaseOpening opening;
    private final Transitions transitions;
    private final Cases cases;
    private final BatchIdentity identity;
    private final Approvals approvals;
    private final Proposals proposals;

    CaseworkFixtures(
            CasePeople people,
            CaseOpening opening,
            Transitions transitions,
            Cases cases,
            BatchIdentity identity,
            Approvals approvals,
            Proposals proposals) {
        this.approvals = approvals;
        this.proposals = proposals;
        this.people = people;
        this.opening = opening;
        this.transitions = transitions;
        this.cases = cases;
        this.identity = identity;
    }

    List<PersonSummary> people(int n) throws Exception {
        return people.register(
                "LB-BEY", "CWT" + (char) ('A' + BATCH.getAndIncrement() % 26) + System.nanoTime() % 1000, n);
    }

    /** A case of the programme for a new person of another office, opened by the administrator (who stays signed in). */
    CaseSummary openIn(String office, String programme) throws Exception {
        PersonSummary p = people.register(
                        office, "CWO" + (char) ('A' + BATCH.getAndIncrement() % 26) + System.nanoTime() % 1000, 1)
                .get(0);
        identity.actAs("admin");
        return cases.read(opening.open(new OpenCase(programme, p.officeId(), p.id().value(), null, null)));
    }

    /** A case of the programme for a new person, opened by the demo caseworker (who stays signed in). */
    CaseSummary open(String programme) throws Exception {
        PersonSummary p = people(1).get(0);
        identity.actAs("caseworker");
        return cases.read(opening.open(new OpenCase(programme, null, p.id().value(), null, "caseworker")));
    }

    /** Moves the case, as the signed-in user, from where it is to {@code to}, with the values. */
    CaseSummary move(CaseSummary c, String to, Map<String, String> values) {
        transitions.move(c.id(), cases.read(c.id()).version(), to, values);
        return cases.read(c.id());
    }

    /** Approves the case's pending move as the administrator, then signs the caseworker back in. */
    void approveAsAdmin(CaseSummary c) {
        identity.actAs("admin");
        approvals.approve(proposals.pendingOf(c.id().value()).orElseThrow().id());
        identity.actAs("caseworker");
    }

    void actAs(String user) {
        identity.actAs(user);
    }
}
