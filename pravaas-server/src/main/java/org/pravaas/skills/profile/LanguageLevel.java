package org.pravaas.skills.profile;

import java.util.Locale;

/** A language level on the CEFR scale, with a mother tongue above C2; stored as 1 to 7. */
public enum LanguageLevel {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
    NATIVE;

    public int rank() {
        return ordinal() + 1;
    }

    public static LanguageLevel ofRank(int rank) {
        return values()[rank - 1];
    }

    /** {@code B2}, {@code c1} or {@code native}; empty for anything else. */
    public static java.util.Optional<LanguageLevel> parse(String text) {
        try {
            return java.util.Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
