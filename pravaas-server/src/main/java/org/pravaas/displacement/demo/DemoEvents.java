package org.pravaas.displacement.demo;

import java.time.LocalDate;
import org.pravaas.displacement.assessment.DisplacementEvents;
import org.pravaas.displacement.assessment.DisplacementReason;
import org.pravaas.displacement.assessment.EventCommand;
import org.pravaas.displacement.location.AdminAreas;
import org.pravaas.displacement.operation.Operation;
import org.pravaas.shared.Ids;
import org.springframework.stereotype.Component;

/** Three sudden displacements of the demo year: a cyclone, a landslide, a fire in a camp. */
@Component
class DemoEvents {
    private final DisplacementEvents events;
    private final AdminAreas areas;

    DemoEvents(DisplacementEvents events, AdminAreas areas) {
        this.events = events;
        this.areas = areas;
    }

    void insertDemo(Operation op, LocalDate today) {
        add(
                op,
                "BD202290",
                today.minusDays(200),
                DisplacementReason.DISASTER,
                640,
                2900,
                "Cyclone landfall near Teknaf; families moved to cyclone shelters");
        add(
                op,
                "BD202294",
                today.minusDays(95),
                DisplacementReason.DISASTER,
                120,
                540,
                "Landslides after monsoon rains in the camps of Ukhia");
        add(
                op,
                "BD202294",
                today.minusDays(20),
                DisplacementReason.OTHER,
                210,
                980,
                "Fire in a camp destroyed shelters");
    }

    private void add(
            Operation op,
            String pcode,
            LocalDate on,
            DisplacementReason reason,
            int households,
            int people,
            String text) {
        events.insert(
                Ids.newId(),
                op,
                areas.byPcode(pcode).orElseThrow(),
                new EventCommand(pcode, on, reason, households, people, text),
                "system");
    }
}
