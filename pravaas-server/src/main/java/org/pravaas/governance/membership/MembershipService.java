package org.pravaas.governance.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.governance.MembershipStatus;
import org.pravaas.organization.Access;
import org.pravaas.organization.Role;
import org.pravaas.shared.Ids;
import org.pravaas.shared.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admitting states, granting observer status and recording withdrawals. Governance officers and
 * administrators change them; any signed-in user reads them.
 */
@Service
public class MembershipService {
    private final StateStatuses statuses;
    private final Access access;
    private final AuditLog audit;

    MembershipService(StateStatuses statuses, Access access, AuditLog audit) {
        this.statuses = statuses;
        this.access = access;
        this.audit = audit;
    }

    /** Fails unless someone is signed in: every signed-in user reads governance records. */
    public void requireReader() {
        access.current();
    }

    @Transactional(readOnly = true)
    public List<StateStatus> history(String country) {
        access.current();
        return statuses.history(country);
    }

    /** Opens a period; an open observer period of the state ends the day a membership begins. */
    @Transactional
    public StateStatus admit(MembershipCommand c) {
        access.requireRole(Role.GOVERNANCE_OFFICER, Role.ADMINISTRATOR);
        if (!Countries.isCountry(c.country())) {
            throw new RuleViolation("country", "validation.country");
        }
        if (c.appliedOn() != null && c.appliedOn().isAfter(c.from())) {
            throw new RuleViolation("appliedOn", "governance.membership.applied-after");
        }
        endObserverStatusOrRefuse(c);
        StateStatus created =
                new StateStatus(Ids.newId(), c.country(), c.status(), c.appliedOn(), c.from(), null, c.note());
        statuses.insert(created);
        audit.record(AuditEvent.of("governance.state.admitted", "state_status", created.id(), null)
                .withDetails(c.country() + " " + c.status()));
        return created;
    }

    /**
     * A new period may not overlap an existing one, except that an open observer period ends the
     * day the observer is admitted as a member.
     */
    private void endObserverStatusOrRefuse(MembershipCommand c) {
        List<StateStatus> overlapping = statuses.overlapping(c.country(), c.from(), null);
        Optional<StateStatus> observer = overlapping.stream()
                .filter(s -> s.status() == MembershipStatus.OBSERVER
                        && s.until() == null
                        && s.from().isBefore(c.from()))
                .findFirst();
        if (c.status() == MembershipStatus.MEMBER && observer.isPresent() && overlapping.size() == 1) {
            statuses.close(observer.get().id(), c.from());
        } else if (!overlapping.isEmpty()) {
            StateStatus clash = overlapping.get(0);
            throw new RuleViolation(
                    "from",
                    "governance.membership.overlap",
                    clash.from(),
                    new DefaultMessageSourceResolvable(clash.status().messageKey()));
        }
    }

    /** Ends the state's current period on the day its withdrawal takes effect. */
    @Transactional
    public StateStatus withdraw(String country, LocalDate effective) {
        access.requireRole(Role.GOVERNANCE_OFFICER, Role.ADMINISTRATOR);
        StateStatus open = statuses.history(country).stream()
                .filter(s -> s.until() == null)
                .findFirst()
                .orElseThrow(() -> new RuleViolation("effective", "governance.membership.nothing-to-end"));
        if (!statuses.close(open.id(), effective)) {
            throw new RuleViolation("effective", "governance.membership.ends-before-start", open.from());
        }
        audit.record(AuditEvent.of("governance.state.withdrew", "state_status", open.id(), null)
                .withDetails(country));
        return statuses.find(open.id()).orElseThrow();
    }
}
