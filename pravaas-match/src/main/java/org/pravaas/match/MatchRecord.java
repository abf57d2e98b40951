package org.pravaas.match;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A record to match: an id and one raw value per schema field, in schema order; null or blank
 * means missing. Values may be in any script.
 */
public record MatchRecord(String id, @Nullable String[] values) {
    public MatchRecord {
        Objects.requireNonNull(id, "id");
        values = values.clone();
    }

    public @Nullable String value(int field) {
        String v = values[field];
        return v == null || v.isBlank() ? null : v;
    }

    @Override
    public @Nullable String[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatchRecord r && r.id.equals(id) && Arrays.equals(r.values, values);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "MatchRecord[" + id + ", " + Arrays.toString(values) + "]";
    }
}
