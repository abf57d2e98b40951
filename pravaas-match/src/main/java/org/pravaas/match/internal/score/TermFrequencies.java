package org.pravaas.match.internal.score;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pravaas.match.FieldType;
import org.pravaas.match.Schema;
import org.pravaas.match.internal.text.NameForms;

/**
 * How common each name is in the data at hand: agreeing on "Smith" says less than on "Oyelaran".
 * Counted by phonetic code, so that "Mohammed", "Muhammad" and محمد count as one common name.
 */
public final class TermFrequencies {
    private final Map<String, Integer>[] counts;
    private final int total;

    @SuppressWarnings("unchecked")
    public TermFrequencies(Schema schema, List<Features> records) {
        counts = new Map[schema.size()];
        for (int f = 0; f < schema.size(); f++) {
            if (schema.field(f).type() != FieldType.NAME) continue;
            Map<String, Integer> c = new HashMap<>();
            for (Features r : records) {
                if (r.value(f) instanceof NameForms n) c.merge(n.phonetic(), 1, Integer::sum);
            }
            counts[f] = c;
        }
        total = Math.max(1, records.size());
    }

    /** Relative frequency of a field's value, or -1 when the field is not tracked. */
    public double frequency(int field, Object value) {
        Map<String, Integer> c = counts[field];
        if (c == null || !(value instanceof NameForms n)) return -1;
        return Math.max(1, c.getOrDefault(n.phonetic(), 1)) / (double) total;
    }
}
