package org.pravaas.registry;

import java.util.UUID;

/** A person in the registry. After a merge the merged person's id still resolves, to the survivor. */
public record PersonId(UUID value) {
    public static PersonId of(String text) {
        return new PersonId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
