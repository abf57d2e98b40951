package org.pravaas.health.vaccination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pravaas.health.assessment.Births;
import org.pravaas.shared.RuleViolation.Violation;

/** A dose is given between the person's birth and today (a partial birth date counts from its first day). */
public final class DoseDatePolicy {
    private DoseDatePolicy() {}

    public static List<Violation> check(LocalDate givenOn, @Nullable String birthDate, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        if (givenOn.isAfter(today)) {
            out.add(new Violation("givenOn", "health.date.future"));
        }
        Births.earliest(birthDate)
                .filter(givenOn::isBefore)
                .ifPresent(b -> out.add(new Violation("givenOn", "health.dose.before-birth", givenOn, birthDate)));
        return out;
    }
}
