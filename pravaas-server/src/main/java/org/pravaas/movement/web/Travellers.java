package org.pravaas.movement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pravaas.movement.travel.MovementAccess;
import org.pravaas.movement.travel.Traveller;
import org.pravaas.movement.travel.TravellerNames;
import org.pravaas.registry.PersonId;
import org.pravaas.registry.PersonSummary;
import org.pravaas.registry.person.PersonDirectory;
import org.pravaas.registry.person.PersonQuery;
import org.pravaas.shared.RuleViolation;
import org.springframework.stereotype.Component;

/** Finds travellers by their registry reference and shows them by name. */
@Component("movementTravellers")
class Travellers {
    private final PersonDirectory directory;
    private final TravellerNames names;
    private final MovementAccess access;
    private final Clock clock;

    Travellers(PersonDirectory directory, TravellerNames names, MovementAccess access, Clock clock) {
        this.directory = directory;
        this.names = names;
        this.access = access;
        this.clock = clock;
    }

    /** A traveller line: the record, the name, the registry reference. */
    record Row(Traveller t, String name, String reference) {}

    List<PersonSummary> byReferences(String text) {
        List<PersonSummary> out = new ArrayList<>();
        for (String ref : text.split("[\\s,;]+")) {
            if (ref.isBlank()) continue;
            PersonSummary p = directory.search(new PersonQuery(ref, null, null)).stream()
                    .map(h -> h.person().summary())
                    .filter(s -> s.reference().equalsIgnoreCase(ref))
                    .findFirst()
                    .orElseThrow(() -> new RuleViolation("references", "movement.request.unknown-person", ref));
            if (!out.contains(p)) out.add(p);
        }
        return out;
    }

    /** Adults at 18 by the birth year as known (a partial date counts from its earliest day). */
    List<PersonId> adults(List<PersonSummary> people) {
        int year = LocalDate.now(clock).getYear();
        return people.stream()
                .filter(p -> p.birthDate() == null
                        || year - Integer.parseInt(p.birthDate().substring(0, 4)) >= 18)
                .map(PersonSummary::id)
                .toList();
    }

    String nameOf(UUID person) {
        return names.of(person);
    }

    UUID currentOffice() {
        return access.currentOffice();
    }

    List<Row> rows(List<Traveller> travellers) {
        return travellers.stream()
                .map(t -> {
                    var p = names.summary(t.personId());
                    return new Row(
                            t,
                            names.of(t.personId()),
                            p.map(PersonSummary::reference).orElse(""));
                })
                .toList();
    }

    Map<UUID, String> names(List<Traveller> travellers) {
        Map<UUID, String> out = new HashMap<>();
        for (Traveller t : travellers) out.put(t.personId(), names.of(t.personId()));
        return out;
    }
}
