package org.pravaas.governance.organ;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.governance.MemberStates;
import org.pravaas.governance.MembershipStatus;
import org.pravaas.organization.Access;
import org.pravaas.organization.Role;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organs, who sat on them on any day, and the elected terms of their seats. */
@Service
public class OrganService {
    private static final SeatTermPolicy POLICY = new SeatTermPolicy();

    private final Organs organs;
    private final SeatTerms terms;
    private final MemberStates members;
    private final Access access;
    private final AuditLog audit;

    OrganService(Organs organs, SeatTerms terms, MemberStates members, Access access, AuditLog audit) {
        this.organs = organs;
        this.terms = terms;
        this.members = members;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Organ> all() {
        access.current();
        return organs.all();
    }

    @Transactional(readOnly = true)
    public Organ get(UUID id) {
        access.current();
        return organs.find(id).orElseThrow(() -> new NotFoundException("organ", id));
    }

    /**
     * The member states sitting on the organ on the day: the elected seat holders, or every member
     * when the organ is open to all; none when it did not exist that day.
     */
    @Transactional(readOnly = true)
    public List<String> compositionOn(Organ organ, LocalDate day) {
        if (!organ.existsOn(day)) {
            return List.of();
        }
        if (organ.isElected()) {
            return terms.holdersOn(organ.id(), day).stream()
                    .map(SeatTerm::country)
                    .toList();
        }
        return members.on(day).stream()
                .filter(m -> m.status() == MembershipStatus.MEMBER)
                .map(m -> m.country())
                .toList();
    }

    @Transactional(readOnly = true)
    public List<SeatTerm> terms(UUID organ) {
        access.current();
        return terms.ofOrgan(organ);
    }

    @Transactional(readOnly = true)
    public List<SeatTerm> termsOf(String country) {
        access.current();
        return terms.ofCountry(country);
    }

    @Transactional
    public SeatTerm elect(UUID organId, SeatTermCommand c) {
        access.requireRole(Role.GOVERNANCE_OFFICER, Role.ADMINISTRATOR);
        Organ organ = get(organId);
        SeatTermPolicy.Context context = new SeatTermPolicy.Context(
                organ,
                terms.overlapping(organId, c.country(), c.from(), c.to()),
                terms.holdersOn(organId, c.from()).size(),
                members.isMember(c.country(), c.from()));
        var violations = POLICY.check(c, context);
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        SeatTerm term = new SeatTerm(Ids.newId(), organId, c.country(), c.from(), c.to());
        terms.insert(term);
        audit.record(AuditEvent.of("governance.seat.elected", "seat_term", term.id(), null)
                .withDetails(organ.code() + " " + c.country()));
        return term;
    }
}
