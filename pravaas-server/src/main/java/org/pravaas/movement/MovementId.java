package org.pravaas.movement;

import java.util.UUID;

/** A movement request: one person or one household travelling for one reason. */
public record MovementId(UUID value) {
    @Override
    public String toString() {
        return value.toString();
    }
}
