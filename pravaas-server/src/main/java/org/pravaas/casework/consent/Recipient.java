package org.pravaas.casework.consent;

import java.util.Locale;
import java.util.UUID;

/** Who receives shared data: another office or a partner organisation; written {@code office:<id>} or {@code partner:<id>}. */
public record Recipient(Kind kind, UUID id) {
    /** An office or a partner. */
    public enum Kind {
        OFFICE,
        PARTNER
    }

    /** Reads {@code office:<id>} or {@code partner:<id>}; IllegalArgumentException otherwise. */
    public static Recipient parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a recipient: " + text);
        }
        return new Recipient(
                Kind.valueOf(text.substring(0, colon).strip().toUpperCase(Locale.ROOT)),
                UUID.fromString(text.substring(colon + 1).strip()));
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + id;
    }
}
