package org.pravaas.health.profile;

import org.jspecify.annotations.Nullable;

/**
 * A vaccine a destination requires of people from {@code fromMonths} of age up to (not including)
 * {@code toMonths}, with the number of doses that completes the series.
 */
public record VaccineRequirement(String vaccine, int fromMonths, @Nullable Integer toMonths, int doses) {
    public boolean appliesAt(int ageMonths) {
        return ageMonths >= fromMonths && (toMonths == null || ageMonths < toMonths);
    }

    /** As the profile form writes it: {@code MMR; 12; ; 2}. */
    public String line() {
        return vaccine + "; " + fromMonths + "; " + (toMonths == null ? "" : toMonths) + "; " + doses;
    }
}
