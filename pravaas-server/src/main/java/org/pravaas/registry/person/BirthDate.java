package org.pravaas.registry.person;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A birth date as far as it is known: the whole date, the month, the year, or a year estimated
 * from age. Stored as a date (the first of the unknown period) and its precision.
 */
public record BirthDate(LocalDate date, Precision precision) {
    public enum Precision {
        DAY,
        MONTH,
        YEAR,
        ESTIMATED
    }

    /** Reads {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}; empty when the text is not one of them. */
    public static Optional<BirthDate> parse(String text, boolean estimated) {
        String s = text.strip();
        try {
            if (s.matches("\\d{4}")) {
                return Optional.of(new BirthDate(
                        LocalDate.of(Integer.parseInt(s), 1, 1), estimated ? Precision.ESTIMATED : Precision.YEAR));
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                return Optional.of(new BirthDate(LocalDate.parse(s + "-01"), Precision.MONTH));
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) return Optional.of(new BirthDate(LocalDate.parse(s), Precision.DAY));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** As known: {@code 1990}, {@code 1990-05} or {@code 1990-05-14}. */
    public String text() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR, ESTIMATED -> Integer.toString(date.getYear());
        };
    }

    /** The last day the person may have been born on. */
    public LocalDate latest() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
            case YEAR, ESTIMATED -> date.withDayOfYear(date.lengthOfYear());
        };
    }

    public boolean estimated() {
        return precision == Precision.ESTIMATED;
    }
}
