package org.pravaas.voting;

import java.util.UUID;

/** Identifies a registration and polling station of an election. */
public record StationId(UUID value) {
    @Override
    public String toString() {
        return value.toString();
    }
}
