package org.pravaas.movement.demo;

import java.util.List;
import org.pravaas.registry.PersonSummary;
import org.pravaas.registry.importing.GeneratedPeople;
import org.springframework.stereotype.Component;

/** Travellers for the demo, the tests and the bench: Syrian names, registered through the registry's import. */
@Component
public class MovementPeople {
    private static final GeneratedPeople.Names NAMES = new GeneratedPeople.Names(
            List.of("Amal", "Yousef", "Rania", "Khaled", "Huda", "Omar", "Lina", "Sami"),
            List.of("Haddad", "Khoury", "Nasser", "Saleh", "Darwish", "Aziz", "Mansour"),
            "SY");
    private final GeneratedPeople people;

    MovementPeople(GeneratedPeople people) {
        this.people = people;
    }

    /** Registers {@code count} travellers (every fifth a child) in the office; returns them in order. */
    public List<PersonSummary> register(String officeCode, String prefix, int count) throws Exception {
        return people.register(officeCode, prefix, count, NAMES);
    }

    public List<PersonSummary> find(String prefix, int count) {
        return people.find(prefix, count);
    }

    public static String document(String prefix, int i) {
        return GeneratedPeople.document(prefix, i);
    }
}
