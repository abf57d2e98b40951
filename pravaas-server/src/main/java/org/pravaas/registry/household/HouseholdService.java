package org.pravaas.registry.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.OfficeId;
import org.pravaas.registry.person.Person;
import org.pravaas.registry.person.PersonStore;
import org.pravaas.registry.person.RegistryRoles;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households: opening one, adding and removing members over time. A household has at most one
 * current head; a child heading a household of adults is allowed (it happens) but the registrar
 * is warned, so that it is a decision and not a typing slip.
 */
@Service
public class HouseholdService {
    static final int ADULT_AGE = 18;

    private final Households households;
    private final PersonStore persons;
    private final Access access;
    private final AuditLog audit;

    HouseholdService(Households households, PersonStore persons, Access access, AuditLog audit) {
        this.households = households;
        this.persons = persons;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public UUID open(String name) {
        CurrentUser user = access.requireRole(RegistryRoles.WRITE);
        if (name.isBlank() || name.length() > 120) throw new RuleViolation("name", "registry.household.name-required");
        UUID id = Ids.newId();
        UUID office = user.officeId().value();
        households.insert(
                id, office, households.nextReference(office, user.officeCode()), name.strip(), user.username());
        audit.record(AuditEvent.of("household.opened", "household", id, office));
        return id;
    }

    @Transactional
    public Household find(UUID id) {
        access.requireRole(RegistryRoles.READ);
        Household h = households.find(id).orElseThrow(() -> new NotFoundException("household", id));
        access.requireOffice(new OfficeId(h.officeId()));
        audit.record(AuditEvent.of("household.read", "household", id, h.officeId()));
        return h;
    }

    @Transactional(readOnly = true)
    public List<Household> search(@org.jspecify.annotations.Nullable String q) {
        access.requireRole(RegistryRoles.READ);
        return households.search(access.officesInScope(), q == null || q.isBlank() ? null : q.strip(), 100);
    }

    /** Adds a member; returns warnings the registrar should see (the member is added all the same). */
    @Transactional
    public List<Violation> addMember(UUID householdId, MemberCommand c) {
        access.requireRole(RegistryRoles.WRITE);
        Household h = find(householdId);
        Person person = byReference(c.personReference());
        try {
            households.addMember(h.id(), person.id(), c.relationship(), c.joinedOn());
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("relationship", "registry.household.one-head");
        }
        audit.record(AuditEvent.of("household.member-added", "household", h.id(), h.officeId())
                .withDetails("person=" + person.id() + " relationship=" + c.relationship()));
        return warnings(households.members(h.id()), c.joinedOn());
    }

    @Transactional
    public void endMembership(UUID householdId, UUID personId, LocalDate leftOn) {
        access.requireRole(RegistryRoles.WRITE);
        Household h = find(householdId);
        if (households.endMembership(h.id(), personId, leftOn) == 0) {
            throw new RuleViolation("leftOn", "registry.household.not-a-member");
        }
        audit.record(AuditEvent.of("household.member-left", "household", h.id(), h.officeId())
                .withDetails("person=" + personId));
    }

    /** The households a person belongs or belonged to. */
    @Transactional(readOnly = true)
    public List<Membership> of(UUID personId) {
        return households.of(personId);
    }

    /** A child as head while an adult is a member. */
    static List<Violation> warnings(List<Household.Member> members, LocalDate on) {
        List<Violation> out = new ArrayList<>();
        List<Household.Member> current =
                members.stream().filter(Household.Member::current).toList();
        boolean adultMember =
                current.stream().anyMatch(m -> m.relationship() != Relationship.HEAD && ageOn(m, on) >= ADULT_AGE);
        current.stream()
                .filter(m -> m.relationship() == Relationship.HEAD)
                .filter(m -> ageOn(m, on) >= 0 && ageOn(m, on) < ADULT_AGE)
                .filter(m -> adultMember)
                .forEach(m ->
                        out.add(new Violation("relationship", "registry.household.child-head", m.personReference())));
        return out;
    }

    private static int ageOn(Household.Member m, LocalDate on) {
        return m.birthDate() == null
                ? -1
                : java.time.Period.between(m.birthDate(), on).getYears();
    }

    private Person byReference(String reference) {
        UUID id = persons.persons()
                .idByReference(reference.strip().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new RuleViolation("personReference", "registry.reference.unknown", reference));
        Person p = persons.persons().find(id).orElseThrow();
        access.requireOffice(new OfficeId(p.officeId()));
        if (p.merged()) throw new RuleViolation("personReference", "registry.person.merged", p.reference());
        return p;
    }
}
