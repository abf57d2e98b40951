package org.pravaas.match;

import java.util.Objects;

/** One compared field: its name (as in the records and the model) and its type. */
public record FieldSpec(String name, FieldType type) {
    public FieldSpec {
        Objects.requireNonNull(type, "type");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a field needs a name");
    }
}
