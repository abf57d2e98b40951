package org.pravaas.health;

import java.util.UUID;

/** A health hold on a person's travel, from when it was placed until it is lifted. */
public record HoldId(UUID value) {
    @Override
    public String toString() {
        return value.toString();
    }
}
