package org.pravaas.health.assessment;

import org.pravaas.registry.PersonId;
import org.pravaas.registry.PersonSummary;
import org.pravaas.registry.Registry;
import org.pravaas.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** People as the registry knows them, within the user's offices (a person out of scope is not found). */
@Component("healthPeople")
public class HealthPeople {
    private final Registry registry;

    HealthPeople(Registry registry) {
        this.registry = registry;
    }

    public PersonSummary get(PersonId id) {
        return registry.find(id).orElseThrow(() -> new NotFoundException("person", id));
    }
}
