package org.pravaas.registry.person;

import java.util.List;
import org.pravaas.registry.person.PersonMatching.Profile;

/** The profile of a person not yet stored, to check it against the registry. */
public final class Profiles {
    private Profiles() {}

    public static Profile of(PersonCommand c, List<DocumentCommand> documents) {
        return new Profile(
                "new",
                PersonDrafts.names(c.names()),
                c.birthDate() == null || c.birthDate().isBlank()
                        ? null
                        : BirthDate.parse(c.birthDate(), c.birthEstimated()).orElse(null),
                c.sex(),
                c.nationalities().stream()
                        .map(PersonDrafts::code)
                        .filter(s -> s != null)
                        .toList(),
                documents.stream().map(d -> Document.numberKey(d.number())).toList());
    }
}
