package org.pravaas.registry.person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.OfficeId;
import org.pravaas.registry.PersonId;
import org.pravaas.registry.PersonRegistered;
import org.pravaas.registry.person.PersonDrafts.Stamp;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.StaleUpdateException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers people and changes them, whoever asks (form, API, import): the rules, the office
 * scope, a reference number, the match index, a version in the history, an audit entry and the
 * {@link PersonRegistered} event all happen here, in one transaction.
 */
@Service
public class PersonService {
    private final PersonStore store;
    private final PersonRules rules;
    private final Access access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PersonService(
            PersonStore store, PersonRules rules, Access access, AuditLog audit, ApplicationEventPublisher events) {
        this.store = store;
        this.rules = rules;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    /** Registers a new person in the user's office, with the documents they showed. */
    @Transactional
    public Person register(PersonCommand c, List<DocumentCommand> documents, @Nullable String importKey) {
        CurrentUser user = access.requireRole(RegistryRoles.WRITE);
        rules.require(c);
        documents.forEach(rules::requireDocument);
        Instant now = store.clock().instant();
        UUID office = user.officeId().value();
        String reference = store.persons()
                .nextReference(
                        office, user.officeCode(), LocalDate.now(store.clock()).getYear());
        Person person = PersonDrafts.build(
                Ids.newId(),
                office,
                reference,
                1,
                c,
                rules.birthDate(c).orElse(null),
                new Stamp(now, user.username(), now, user.username()));
        store.insert(person, documents, importKey);
        audit.record(AuditEvent.of("person.registered", "person", person.id(), office));
        events.publishEvent(new PersonRegistered(new PersonId(person.id()), office, reference));
        return person;
    }

    /** Changes a person's record; fails with a stale update when it changed since {@code expectedVersion}. */
    @Transactional
    public Person update(UUID id, int expectedVersion, PersonCommand c) {
        CurrentUser user = access.requireRole(RegistryRoles.WRITE);
        Person current = writable(id);
        rules.require(c);
        Person next = PersonDrafts.build(
                id,
                current.officeId(),
                current.reference(),
                current.version() + 1,
                c,
                rules.birthDate(c).orElse(null),
                new Stamp(
                        current.createdAt(), current.createdBy(), store.clock().instant(), user.username()));
        if (current.version() != expectedVersion || !store.update(next, expectedVersion, "updated")) {
            throw new StaleUpdateException("person", id, current.version());
        }
        audit.record(AuditEvent.of("person.updated", "person", id, current.officeId()));
        return next;
    }

    /** Adds a document and re-indexes the person, so the document number finds them. */
    @Transactional
    public Document addDocument(UUID personId, DocumentCommand c) {
        CurrentUser user = access.requireRole(RegistryRoles.WRITE);
        Person current = writable(personId);
        rules.requireDocument(c);
        Document d = store.addDocument(current, c, user.username());
        audit.record(AuditEvent.of("document.added", "person", personId, current.officeId()));
        return d;
    }

    private Person writable(UUID id) {
        Person p = store.persons().find(id).orElseThrow(() -> new NotFoundException("person", id));
        access.requireOffice(new OfficeId(p.officeId()));
        if (p.merged()) throw new org.pravaas.shared.RuleViolation("", "registry.person.merged", p.reference());
        return p;
    }

    Clock clock() {
        return store.clock();
    }
}
