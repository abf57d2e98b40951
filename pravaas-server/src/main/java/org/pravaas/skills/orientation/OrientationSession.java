package org.pravaas.skills.orientation;

import java.time.LocalDate;
import java.util.UUID;

/** A pre-departure orientation session for people going to one country. */
public record OrientationSession(
        UUID id,
        UUID officeId,
        String title,
        String destinationCountry,
        LocalDate heldOn,
        String place,
        int capacity) {}
