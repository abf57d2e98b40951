package org.pravaas.match.internal.score;

import org.jspecify.annotations.Nullable;
import org.pravaas.match.FieldType;
import org.pravaas.match.MatchRecord;
import org.pravaas.match.Schema;
import org.pravaas.match.internal.text.NameForms;
import org.pravaas.match.internal.text.Normaliser;

/**
 * A record prepared once for many comparisons: per field a {@link NameForms}, a {@link DateValue},
 * a folded identifier or a {@link Text}; null where missing.
 */
public record Features(String id, @Nullable Object[] values) {
    /** Folded text with its characters ready for Jaro-Winkler. */
    public record Text(String value, char[] chars) {
        static Text of(String folded) {
            return new Text(folded, folded.toCharArray());
        }
    }

    public static Features of(Schema schema, MatchRecord record) {
        Object[] values = new Object[schema.size()];
        for (int f = 0; f < schema.size(); f++) {
            String raw = record.value(f);
            values[f] = raw == null ? null : prepare(schema.field(f).type(), raw);
        }
        return new Features(record.id(), values);
    }

    static @Nullable Object prepare(FieldType type, String raw) {
        return switch (type) {
            case NAME -> NameForms.of(raw);
            case DATE -> DateValue.parse(raw, false);
            case IDENTIFIER -> blankToNull(identifier(raw));
            case TEXT, CATEGORY -> {
                String folded = Normaliser.fold(raw);
                yield folded.isEmpty() ? null : Text.of(folded);
            }
        };
    }

    /** Identifiers compare without spaces, dashes and case: "AB-123 45" is "AB12345". */
    static String identifier(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toUpperCase)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static @Nullable String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    public @Nullable Object value(int field) {
        return values[field];
    }
}
