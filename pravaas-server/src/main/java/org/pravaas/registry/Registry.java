package org.pravaas.registry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pravaas.organization.Access;
import org.pravaas.organization.OfficeId;
import org.pravaas.registry.household.HouseholdService;
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
    private final HouseholdService households;

    Registry(Persons persons, Access access, HouseholdService households) {
        this.persons = persons;
        this.access = access;
        this.households = households;
    }

    /**
     * The household's current members (casework opens a case for a household); fails like the
     * household page when the household is unknown or outside the user's offices.
     */
    @Transactional
    public List<PersonSummary> householdMembers(UUID householdId) {
        return households.find(householdId).currentMembers().stream()
                .map(m -> find(new PersonId(m.personId())))
                .flatMap(Optional::stream)
                .toList();
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
