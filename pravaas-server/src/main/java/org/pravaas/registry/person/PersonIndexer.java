package org.pravaas.registry.person;

import java.util.List;
import org.pravaas.registry.person.PersonMatching.Profile;
import org.springframework.stereotype.Component;

/** Computes the columns that find a person again (names for lists, sound codes, match keys). */
@Component
public class PersonIndexer {
    private final PersonMatching matching;

    PersonIndexer(PersonMatching matching) {
        this.matching = matching;
    }

    public Persons.Indexed index(Person p, List<String> documentNumbers) {
        PersonMatching.Index ix = matching.index(profile(p, documentNumbers));
        PersonName primary = p.primaryName();
        return new Persons.Indexed(primary.full(), primary.latin(), ix.nameCodes(), ix.matchKeys());
    }

    public static Profile profile(Person p, List<String> documentNumbers) {
        return new Profile(
                p.id().toString(),
                p.names(),
                p.birth(),
                p.sex(),
                p.details().nationalities(),
                documentNumbers.stream().map(Document::numberKey).toList());
    }
}
