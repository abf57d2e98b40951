package org.pravaas.voting;

import java.util.UUID;

/** Identifies a voter's registration in one election. */
public record VoterId(UUID value) {
    @Override
    public String toString() {
        return value.toString();
    }
}
