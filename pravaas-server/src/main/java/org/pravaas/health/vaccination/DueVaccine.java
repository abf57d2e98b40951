package org.pravaas.health.vaccination;

/** A vaccine the destination requires at the person's age, the doses it needs and those on record. */
public record DueVaccine(String vaccine, int required, int given) {
    public int missing() {
        return Math.max(0, required - given);
    }
}
