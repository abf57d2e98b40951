package org.pravaas.match;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The ordered fields a model compares; names are unique. */
public record Schema(List<FieldSpec> fields) {
    public Schema {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) throw new IllegalArgumentException("a schema needs at least one field");
        Set<String> seen = new HashSet<>();
        for (FieldSpec f : fields) {
            if (!seen.add(f.name())) throw new IllegalArgumentException("field '" + f.name() + "' appears twice");
        }
    }

    public static Schema of(FieldSpec... fields) {
        return new Schema(List.of(fields));
    }

    public int size() {
        return fields.size();
    }

    public FieldSpec field(int i) {
        return fields.get(i);
    }

    /** The position of the named field, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) return i;
        }
        return -1;
    }
}
