package org.pravaas.registry;

import java.util.Optional;
import java.util.UUID;
import org.pravaas.organization.Access;
import org.pravaas.organization.OfficeId;
import org.pravaas.registry.person.Person;
import org.pravaas.registry.person.Persons;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask the registry: a person's summary, following merges to the survivor.
 * The caller's office scope applies; the read is not audited here because the caller audits
 * the use it makes of it.
 */
@Service
public class Registry {
    private final Persons persons;
    private final Access access;

    Registry(Persons persons, Access access) {
        this.persons = persons;
        this.access = access;
    }

    /** The person, or the survivor they were merged into; empty when unknown or outside the user's offices. */
    @Transactional(readOnly = true)
    public Optional<PersonSummary> find(PersonId id) {
        Optional<Person> p = persons.find(id.value());
        for (int hops = 0; hops < 10 && p.isPresent() && p.get().merged(); hops++) {
            UUID survivor = p.get().mergedInto();
            p = survivor == null ? Optional.empty() : persons.find(survivor);
        }
        return p.filter(x -> access.covers(new OfficeId(x.officeId()))).map(Person::summary);
    }
}
