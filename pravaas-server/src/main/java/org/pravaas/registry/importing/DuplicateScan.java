package org.pravaas.registry.importing;

import java.util.List;
import java.util.UUID;
import org.pravaas.registry.matching.Candidate;
import org.pravaas.registry.matching.DuplicateCheck;
import org.pravaas.registry.matching.DuplicatePairs;
import org.pravaas.registry.person.Document;
import org.pravaas.registry.person.Person;
import org.pravaas.registry.person.PersonIndexer;
import org.pravaas.registry.person.PersonStore;
import org.springframework.stereotype.Component;

/** After an import, puts each new person's likely duplicates (in the file or already registered) in the review queue. */
@Component
class DuplicateScan {
    private final DuplicateCheck check;
    private final DuplicatePairs pairs;
    private final PersonStore store;

    DuplicateScan(DuplicateCheck check, DuplicatePairs pairs, PersonStore store) {
        this.check = check;
        this.pairs = pairs;
        this.store = store;
    }

    /** Scans a slice of the imported people; returns how many new pairs were queued. */
    int scan(List<UUID> ids) {
        int queued = 0;
        var documents = store.documents().ofAll(ids);
        for (Person p : store.persons().findAll(ids)) {
            var numbers = documents.getOrDefault(p.id(), List.of()).stream()
                    .map(Document::number)
                    .toList();
            for (Candidate c : check.check(PersonIndexer.profile(p, numbers), 3)) {
                if (c.probability() < check.threshold()) continue;
                if (pairs.add(p.officeId(), p.id(), c.person().id().value(), c.probability(), "IMPORT")) queued++;
            }
        }
        return queued;
    }
}
