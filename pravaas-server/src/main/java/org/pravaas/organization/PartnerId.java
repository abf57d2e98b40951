package org.pravaas.organization;

import java.util.UUID;

/** Identifies a partner organisation. */
public record PartnerId(UUID value) {
    @Override
    public String toString() {
        return value.toString();
    }
}
