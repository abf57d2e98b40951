package org.pravaas.registry.person;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.Ids;
import org.springframework.stereotype.Component;

/**
 * Writes a person with everything that must change with it: names, documents, the match index
 * and a version in the history. Callers hold the transaction and have checked the rules.
 */
@Component
public class PersonStore {
    private final Persons persons;
    private final Documents documents;
    private final PersonHistory history;
    private final PersonIndexer indexer;
    private final Clock clock;

    PersonStore(Persons persons, Documents documents, PersonHistory history, PersonIndexer indexer, Clock clock) {
        this.persons = persons;
        this.documents = documents;
        this.history = history;
        this.indexer = indexer;
        this.clock = clock;
    }

    public void insert(Person p, List<DocumentCommand> docs, @Nullable String importKey) {
        List<Document> stored = docs.stream().map(d -> document(p.id(), d)).toList();
        persons.insert(p, indexer.index(p, stored.stream().map(Document::number).toList()), importKey);
        stored.forEach(d -> documents.insert(d, p.createdBy()));
        history.record(p, "registered");
    }

    /** Writes {@code next} over {@code expectedVersion}; false when the stored version moved on. */
    public boolean update(Person next, int expectedVersion, String change) {
        keepImportedVersion(next.id(), expectedVersion);
        List<String> numbers =
                documents.of(next.id()).stream().map(Document::number).toList();
        if (!persons.update(next, indexer.index(next, numbers), expectedVersion)) return false;
        history.record(next, change);
        return true;
    }

    /** A bulk-imported person has no history row yet: keep their first version before it changes. */
    private void keepImportedVersion(UUID id, int version) {
        if (version == 1 && history.of(id).isEmpty()) persons.find(id).ifPresent(p -> history.record(p, "imported"));
    }

    public Document addDocument(Person current, DocumentCommand c, String by) {
        Document d = document(current.id(), c);
        documents.insert(d, by);
        Person next = new Person(
                current.id(),
                current.officeId(),
                current.reference(),
                current.version() + 1,
                current.merged(),
                current.mergedInto(),
                current.sex(),
                current.birth(),
                current.details(),
                current.names(),
                current.createdAt(),
                current.createdBy(),
                clock.instant(),
                by);
        update(next, current.version(), "document-added");
        return d;
    }

    static Document document(UUID person, DocumentCommand c) {
        String mrz = c.mrz() == null || c.mrz().isBlank() ? null : c.mrz().strip();
        return new Document(
                Ids.newId(),
                person,
                c.kind(),
                c.issuingCountry().strip().toUpperCase(Locale.ROOT),
                c.number().strip().toUpperCase(Locale.ROOT),
                c.issuedOn(),
                c.expiresOn(),
                mrz);
    }

    public Persons persons() {
        return persons;
    }

    public Documents documents() {
        return documents;
    }

    public PersonHistory history() {
        return history;
    }

    public Clock clock() {
        return clock;
    }
}
