package org.pravaas.organization;

import java.util.UUID;

/** Identifies a user account. */
public record UserId(UUID value) {
    @Override
    public String toString() {
        return value.toString();
    }
}
