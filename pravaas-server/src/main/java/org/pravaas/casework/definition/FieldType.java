package org.pravaas.casework.definition;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** What a field holds, and whether a value entered for it is one. */
public enum FieldType {
    TEXT,
    NUMBER,
    DATE,
    CHOICE,
    COUNTRY,
    BOOLEAN;

    @JsonCreator
    public static FieldType of(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    /** The value as it is stored, or empty when it is not a value of this type. */
    public java.util.Optional<String> normalise(String raw, List<String> choices) {
        String v = raw.strip();
        return switch (this) {
            case TEXT -> v.length() <= 2000 ? java.util.Optional.of(v) : java.util.Optional.empty();
            case NUMBER -> parse(() -> new BigDecimal(v).toPlainString());
            case DATE -> parse(() -> LocalDate.parse(v).toString());
            case CHOICE -> choices.contains(v) ? java.util.Optional.of(v) : java.util.Optional.empty();
            case COUNTRY -> v.matches("[A-Za-z]{2}")
                    ? java.util.Optional.of(v.toUpperCase(Locale.ROOT))
                    : java.util.Optional.empty();
            case BOOLEAN -> v.equals("true") || v.equals("false")
                    ? java.util.Optional.of(v)
                    : java.util.Optional.empty();
        };
    }

    private static java.util.Optional<String> parse(java.util.function.Supplier<String> parser) {
        try {
            return java.util.Optional.of(parser.get());
        } catch (NumberFormatException | DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
