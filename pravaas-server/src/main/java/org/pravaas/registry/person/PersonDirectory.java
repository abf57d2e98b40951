package org.pravaas.registry.person;

import java.util.List;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.OfficeId;
import org.pravaas.registry.person.Person.Details;
import org.pravaas.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads people for a signed-in user: only within their offices, every read audited, and the
 * vulnerabilities hidden from roles that do not need them.
 */
@Service
public class PersonDirectory {
    private final PersonStore store;
    private final PersonSearch search;
    private final Access access;
    private final AuditLog audit;
    private final PersonMatching matching;

    PersonDirectory(PersonStore store, PersonSearch search, Access access, AuditLog audit, PersonMatching matching) {
        this.store = store;
        this.search = search;
        this.access = access;
        this.audit = audit;
        this.matching = matching;
    }

    /** How the matching engine sees two people (both already read by the user), field by field. */
    public org.pravaas.match.ScoredPair compare(Person a, Person b) {
        return matching.score(PersonIndexer.profile(a, numbers(a.id())), PersonIndexer.profile(b, numbers(b.id())));
    }

    /** Whether the signed-in user may register people, import and review (pages offer only what works). */
    public boolean canWrite() {
        CurrentUser user = access.current();
        return java.util.Arrays.stream(RegistryRoles.WRITE).anyMatch(user::has);
    }

    /** The signed-in user's office. */
    public UUID currentOffice() {
        return access.current().officeId().value();
    }

    private List<String> numbers(UUID person) {
        return store.documents().of(person).stream().map(Document::number).toList();
    }

    /** A person as the user may see them, with documents and whether sensitive fields were withheld. */
    public record PersonView(Person person, List<Document> documents, boolean sensitiveShown) {}

    @Transactional
    public PersonView view(UUID id) {
        CurrentUser user = access.requireRole(RegistryRoles.READ);
        Person p = store.persons().find(id).orElseThrow(() -> new NotFoundException("person", id));
        access.requireOffice(new OfficeId(p.officeId()));
        audit.record(AuditEvent.of("person.read", "person", id, p.officeId()));
        boolean sensitive = RegistryRoles.seesSensitive(user);
        return new PersonView(
                sensitive ? p : withoutSensitive(p), store.documents().of(id), sensitive);
    }

    @Transactional
    public List<PersonSearch.Hit> search(PersonQuery query) {
        CurrentUser user = access.requireRole(RegistryRoles.READ);
        List<PersonSearch.Hit> hits = search.find(query, access.officesInScope());
        audit.record(
                AuditEvent.of("person.searched", "person", "-", user.officeId().value())
                        .withDetails("kind=" + query.kind() + " hits=" + hits.size()));
        if (RegistryRoles.seesSensitive(user)) return hits;
        return hits.stream()
                .map(h -> new PersonSearch.Hit(withoutSensitive(h.person()), h.probability()))
                .toList();
    }

    /** The people a search finds, for a file: the same scope and withholding as the page, audited as an export. */
    @Transactional
    public List<PersonSearch.Hit> export(PersonQuery query, String format) {
        List<PersonSearch.Hit> hits = search(query);
        CurrentUser user = access.current();
        audit.record(
                AuditEvent.of("person.exported", "person", "-", user.officeId().value())
                        .withDetails("format=" + format + " rows=" + hits.size()));
        return hits;
    }

    @Transactional
    public List<PersonHistory.Version> history(UUID id) {
        PersonView view = view(id);
        List<PersonHistory.Version> versions = store.history().of(view.person().id());
        if (!versions.isEmpty()) return versions;
        // Imported and never changed since: the row itself is the only version.
        Person p = view.person();
        return List.of(new PersonHistory.Version(p.version(), "imported", p.createdAt(), p.createdBy(), p));
    }

    static Person withoutSensitive(Person p) {
        Details d = p.details();
        Details hidden = new Details(
                d.birthPlace(),
                d.birthCountry(),
                d.nationalities(),
                d.languages(),
                d.maritalStatus(),
                List.of(),
                d.phone(),
                d.email(),
                d.address());
        return new Person(
                p.id(),
                p.officeId(),
                p.reference(),
                p.version(),
                p.merged(),
                p.mergedInto(),
                p.sex(),
                p.birth(),
                hidden,
                p.names(),
                p.createdAt(),
                p.createdBy(),
                p.updatedAt(),
                p.updatedBy());
    }
}
