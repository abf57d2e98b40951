package org.pravaas.match.internal.score;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A possibly partial date: month and day are 0 when unknown. */
public record DateValue(int year, int month, int day) {
    /**
     * Parses {@code yyyymmdd}, {@code yyyy-mm-dd}, {@code dd/mm/yyyy} (or {@code mm/dd/yyyy} when
     * {@code monthFirst}), {@code yyyy-mm} and {@code yyyy}; null when the text is not a date.
     */
    public static @Nullable DateValue parse(String text, boolean monthFirst) {
        String s = text.strip();
        try {
            if (s.length() == 8 && s.chars().allMatch(Character::isDigit)) {
                return checked(
                        Integer.parseInt(s.substring(0, 4)),
                        Integer.parseInt(s.substring(4, 6)),
                        Integer.parseInt(s.substring(6)));
            }
            if (s.length() == 4 && s.chars().allMatch(Character::isDigit)) return checked(Integer.parseInt(s), 0, 0);
            String[] p = s.split("[-/.]");
            if (p.length == 3 && p[0].length() == 4) return checked(num(p[0]), num(p[1]), num(p[2]));
            if (p.length == 3 && p[2].length() == 4) {
                return monthFirst ? checked(num(p[2]), num(p[0]), num(p[1])) : checked(num(p[2]), num(p[1]), num(p[0]));
            }
            if (p.length == 2 && p[0].length() == 4) return checked(num(p[0]), num(p[1]), 0);
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static int num(String s) {
        return Integer.parseInt(s.strip());
    }

    private static @Nullable DateValue checked(int y, int m, int d) {
        if (y < 1800 || y > 2200 || m < 0 || m > 12 || d < 0 || d > 31 || (m == 0 && d != 0)) return null;
        if (m > 0 && d > 0 && d > LocalDate.of(y, m, 1).lengthOfMonth()) return null;
        return new DateValue(y, m, d);
    }

    public boolean complete() {
        return month > 0 && day > 0;
    }

    public int asInt() {
        return year * 10000 + month * 100 + day;
    }

    public long epochDay() {
        return LocalDate.of(year, Math.max(1, month), Math.max(1, day)).toEpochDay();
    }
}
