package org.pravaas.registry.mrz;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A date of birth as a zone can hold it: a year, perhaps its month, perhaps its day (Doc 9303 fills
 * an unknown day or month with {@code <<}). A day is known only when its month is.
 *
 * @param year the full year, e.g. 1974
 * @param month 1–12, or null when unknown
 * @param day 1 to the length of the month, or null when unknown
 */
public record MrzDate(int year, @Nullable Integer month, @Nullable Integer day) {
    /** @throws IllegalArgumentException if the month or day cannot exist, or a day has no month */
    public MrzDate {
        if (month == null && day != null) {
            throw new IllegalArgumentException("A day without a month: " + year + "-??-" + day);
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("No month " + month);
        }
        if (month != null
                && day != null
                && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
            throw new IllegalArgumentException("No day " + day + " in " + YearMonth.of(year, month));
        }
    }

    /** The complete date. */
    public static MrzDate of(LocalDate date) {
        return new MrzDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Whether year, month and day are all known. */
    public boolean isComplete() {
        return day != null;
    }

    /** The date when complete, otherwise empty. */
    public Optional<LocalDate> toLocalDate() {
        return month != null && day != null ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    /** ISO 8601 to the known precision: {@code 1974-08-12}, {@code 1974-08} or {@code 1974}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(10).append(String.format("%04d", year));
        if (month != null) {
            text.append(month < 10 ? "-0" : "-").append(month);
        }
        if (day != null) {
            text.append(day < 10 ? "-0" : "-").append(day);
        }
        return text.toString();
    }
}
