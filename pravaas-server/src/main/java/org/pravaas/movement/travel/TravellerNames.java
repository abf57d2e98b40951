package org.pravaas.movement.travel;

import java.util.UUID;
import org.pravaas.registry.PersonId;
import org.pravaas.registry.PersonSummary;
import org.pravaas.registry.Registry;
import org.springframework.stereotype.Component;

/** A traveller's name as the registry shows it (Latin letters after the script, as airlines need). */
@Component
public class TravellerNames {
    private final Registry registry;

    TravellerNames(Registry registry) {
        this.registry = registry;
    }

    public String of(UUID person) {
        return registry.find(new PersonId(person)).map(TravellerNames::name).orElse(person.toString());
    }

    public java.util.Optional<PersonSummary> summary(UUID person) {
        return registry.find(new PersonId(person));
    }

    private static String name(PersonSummary p) {
        return p.name().equals(p.latinName()) ? p.name() : p.name() + " (" + p.latinName() + ")";
    }
}
