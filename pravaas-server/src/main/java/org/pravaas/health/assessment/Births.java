package org.pravaas.health.assessment;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Ages from the registry's birth dates, which may be partial ({@code 1990}, {@code 1990-05}).
 * A partial date counts from its first possible day: the oldest the person can be, so a
 * requirement "from age 11" is never skipped for someone who may already be 11, and a dose
 * is refused only when it was certainly before birth.
 */
public final class Births {
    private Births() {}

    public static Optional<LocalDate> earliest(@Nullable String birthDate) {
        if (birthDate == null || birthDate.isBlank()) return Optional.empty();
        try {
            String[] parts = birthDate.strip().split("-");
            int year = Integer.parseInt(parts[0]);
            int month = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
            int day = parts.length > 2 ? Integer.parseInt(parts[2]) : 1;
            return Optional.of(LocalDate.of(year, month, day));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whole years at {@code on}; empty when the birth date is unknown. */
    public static Optional<Integer> years(@Nullable String birthDate, LocalDate on) {
        return earliest(birthDate).map(b -> Period.between(b, on).getYears());
    }

    /** Whole months at {@code on}; empty when the birth date is unknown. */
    public static Optional<Integer> months(@Nullable String birthDate, LocalDate on) {
        return earliest(birthDate).map(b -> (int) Period.between(b, on).toTotalMonths());
    }
}
