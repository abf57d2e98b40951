package org.pravaas.registry.mrz;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * Dates in a zone: YYMMDD, a two-digit year whose century is inferred from a reference day, and
 * {@code <<} for an unknown part.
 */
final class MrzDates {
    private static final int UNKNOWN = -1;
    // An expiry is taken in the century that puts it at most this many years after the reference day:
    // documents are valid for ten years or so, while expired ones may be decades old.
    private static final int EXPIRY_YEARS_AHEAD = 50;

    private MrzDates() {}

    /**
     * A date of birth in the latest century that does not put it after {@code today}; null when
     * wholly unknown. Only the day, or the day and the month, may be unknown.
     */
    static @Nullable MrzDate birth(MrzZone zone, MrzLayout.Span span, LocalDate today) {
        int[] ymd = parts(zone, span);
        if (ymd[0] == UNKNOWN && (ymd[1] != UNKNOWN || ymd[2] != UNKNOWN) || ymd[1] == UNKNOWN && ymd[2] != UNKNOWN) {
            throw impossible(zone, span);
        }
        if (ymd[0] == UNKNOWN) {
            return null;
        }
        int year = century(today) + ymd[0];
        if (isAfter(year, ymd[1], ymd[2], today)) {
            year -= 100;
        }
        requirePossible(zone, span, year, ymd[1], ymd[2]);
        return new MrzDate(year, ymd[1] == UNKNOWN ? null : ymd[1], ymd[2] == UNKNOWN ? null : ymd[2]);
    }

    /**
     * A date of expiry in the century that puts it less than {@value #EXPIRY_YEARS_AHEAD} years
     * after {@code today} and no more before; null when all six characters are fillers.
     */
    static @Nullable LocalDate expiry(MrzZone zone, MrzLayout.Span span, LocalDate today) {
        int[] ymd = parts(zone, span);
        if (ymd[0] == UNKNOWN && ymd[1] == UNKNOWN && ymd[2] == UNKNOWN) {
            return null;
        }
        if (ymd[0] == UNKNOWN || ymd[1] == UNKNOWN || ymd[2] == UNKNOWN) {
            throw impossible(zone, span);
        }
        int year = century(today) + ymd[0];
        if (year > today.getYear() + EXPIRY_YEARS_AHEAD) {
            year -= 100;
        } else if (year <= today.getYear() - 100 + EXPIRY_YEARS_AHEAD) {
            year += 100;
        }
        requirePossible(zone, span, year, ymd[1], ymd[2]);
        return LocalDate.of(year, ymd[1], ymd[2]);
    }

    /** Writes YYMMDD, fillers for what is unknown, at {@code index}. */
    static void write(char[] zone, int index, @Nullable MrzDate date) {
        java.util.Arrays.fill(zone, index, index + 6, '<');
        if (date != null) {
            twoDigits(zone, index, Math.floorMod(date.year(), 100));
            if (date.month() != null) {
                twoDigits(zone, index + 2, date.month());
            }
            if (date.day() != null) {
                twoDigits(zone, index + 4, date.day());
            }
        }
    }

    private static void twoDigits(char[] zone, int index, int value) {
        zone[index] = (char) ('0' + value / 10);
        zone[index + 1] = (char) ('0' + value % 10);
    }

    /** Year, month and day as numbers, {@link #UNKNOWN} for a pair of fillers. */
    private static int[] parts(MrzZone zone, MrzLayout.Span span) {
        int[] parts = new int[3];
        for (int p = 0; p < 3; p++) {
            int column = span.column() + 2 * p;
            char tens = digitOrFiller(zone, span, column);
            char units = digitOrFiller(zone, span, column + 1);
            if (tens == '<' && units == '<') {
                parts[p] = UNKNOWN;
            } else if (tens != '<' && units != '<') {
                parts[p] = (tens - '0') * 10 + units - '0';
            } else {
                throw impossible(zone, span);
            }
        }
        return parts;
    }

    private static char digitOrFiller(MrzZone zone, MrzLayout.Span span, int column) {
        char c = zone.at(span.line(), column);
        if (c >= 'A' && c <= 'Z') {
            throw MrzException.unexpectedCharacter(span.field(), span.line(), column, c);
        }
        return c;
    }

    private static int century(LocalDate today) {
        return today.getYear() - Math.floorMod(today.getYear(), 100);
    }

    private static boolean isAfter(int year, int month, int day, LocalDate today) {
        if (year != today.getYear() || month == UNKNOWN) {
            return year > today.getYear();
        }
        if (month != today.getMonthValue() || day == UNKNOWN) {
            return month > today.getMonthValue();
        }
        return day > today.getDayOfMonth();
    }

    private static void requirePossible(MrzZone zone, MrzLayout.Span span, int year, int month, int day) {
        boolean possible = month == UNKNOWN
                || month >= 1
                        && month <= 12
                        && (day == UNKNOWN
                                || day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth());
        if (!possible) {
            throw impossible(zone, span);
        }
    }

    private static MrzException impossible(MrzZone zone, MrzLayout.Span span) {
        return MrzException.impossibleDate(span.field(), span.line(), span.column(), zone.read(span));
    }
}
