package org.pravaas.voting;

import java.util.UUID;

/** Identifies an election. */
public record ElectionId(UUID value) {
    @Override
    public String toString() {
        return value.toString();
    }
}
