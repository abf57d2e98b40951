package org.pravaas.casework.demo;

import java.util.List;
import org.pravaas.registry.PersonSummary;
import org.pravaas.registry.importing.GeneratedPeople;
import org.springframework.stereotype.Component;

/** People for the demo cases and the tests: Levantine names, Syrian passports, registered through the registry's import. */
@Component
public class CasePeople {
    private static final GeneratedPeople.Names NAMES = new GeneratedPeople.Names(
            List.of("Maryam", "Ahmad", "Zeinab", "Hassan", "Nour", "Ali", "Rima", "Bilal"),
            List.of("Hamdan", "Sayegh", "Chami", "Barakat", "Jaber", "Fares", "Moussa"),
            "SY");
    private final GeneratedPeople people;

    CasePeople(GeneratedPeople people) {
        this.people = people;
    }

    /** Registers {@code count} people (every fifth a child) in the office; returns them in order, admin signed in. */
    public List<PersonSummary> register(String officeCode, String prefix, int count) throws Exception {
        return people.register(officeCode, prefix, count, NAMES);
    }
}
