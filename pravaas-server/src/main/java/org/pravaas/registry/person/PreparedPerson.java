package org.pravaas.registry.person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pravaas.shared.Ids;
import org.springframework.stereotype.Component;

/**
 * Prepares people for a bulk load outside {@link PersonService}: the same drafting, match index
 * as one registration, computed in memory so the loader can write thousands
 * of rows with COPY. The caller has checked the rules and the user's right to write.
 */
@Component
public class PreparedPerson {
    private final PersonRules rules;
    private final PersonIndexer indexer;

    PreparedPerson(PersonRules rules, PersonIndexer indexer) {
        this.rules = rules;
        this.indexer = indexer;
    }

    /** A person ready to be written, with everything written beside it. */
    public record Prepared(Person person, List<Document> documents, Persons.Indexed index) {}

    public Prepared prepare(
            PersonCommand c, List<DocumentCommand> docs, UUID office, String reference, Instant at, String by) {
        Person p = PersonDrafts.build(
                Ids.newId(),
                office,
                reference,
                1,
                c,
                rules.birthDate(c).orElse(null),
                new PersonDrafts.Stamp(at, by, at, by));
        List<Document> documents =
                docs.stream().map(d -> PersonStore.document(p.id(), d)).toList();
        Persons.Indexed ix =
                indexer.index(p, documents.stream().map(Document::number).toList());
        return new Prepared(p, documents, ix);
    }
}
