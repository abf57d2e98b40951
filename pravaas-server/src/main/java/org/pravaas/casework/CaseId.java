package org.pravaas.casework;

import java.util.UUID;

/** A case file. */
public record CaseId(UUID value) {
    public static CaseId of(String text) {
        return new CaseId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
