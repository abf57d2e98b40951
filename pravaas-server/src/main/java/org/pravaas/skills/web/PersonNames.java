package org.pravaas.skills.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.pravaas.registry.PersonId;
import org.pravaas.registry.PersonSummary;
import org.pravaas.registry.Registry;
import org.springframework.stereotype.Component;

/** The registry's summary of each person a page lists (those the user may see). */
@Component
class PersonNames {
    private final Registry registry;

    PersonNames(Registry registry) {
        this.registry = registry;
    }

    Map<UUID, PersonSummary> of(Collection<UUID> persons) {
        Map<UUID, PersonSummary> names = new HashMap<>();
        for (UUID id : persons) {
            registry.find(new PersonId(id)).ifPresent(s -> names.put(id, s));
        }
        return names;
    }
}
