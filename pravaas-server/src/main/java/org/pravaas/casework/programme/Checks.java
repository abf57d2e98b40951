package org.pravaas.casework.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.RuleViolation.Violation;

/** Field checks the programme forms share; each adds a violation naming the field instead of failing. */
public final class Checks {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Checks() {}

    public static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    public static @Nullable String trim(@Nullable String s) {
        return blank(s) ? null : s.strip();
    }

    public static void required(@Nullable Object value, String field, List<Violation> problems) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            problems.add(new Violation(field, "programme.required"));
        }
    }

    /** An ISO 3166-1 alpha-2 code, upper-cased; adds a violation and answers null when it is not one. */
    public static @Nullable String country(@Nullable String code, String field, List<Violation> problems) {
        if (blank(code)) return null;
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(c)) {
            problems.add(new Violation(field, "programme.country-unknown", code.strip()));
            return null;
        }
        return c;
    }

    public static void notAfter(@Nullable LocalDate date, LocalDate today, String field, List<Violation> problems) {
        if (date != null && date.isAfter(today)) problems.add(new Violation(field, "programme.date-in-future"));
    }

    public static void notBefore(
            @Nullable LocalDate later, @Nullable LocalDate earlier, String field, List<Violation> problems) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            problems.add(new Violation(field, "programme.date-before", earlier.toString()));
        }
    }
}
