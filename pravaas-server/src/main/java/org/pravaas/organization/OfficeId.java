package org.pravaas.organization;

import java.util.UUID;

/** Identifies an office or mission. */
public record OfficeId(UUID value) {
    public static OfficeId of(String text) {
        return new OfficeId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
