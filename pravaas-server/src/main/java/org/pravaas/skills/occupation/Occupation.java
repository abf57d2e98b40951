package org.pravaas.skills.occupation;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An ISCO-08 group: level 1 (major, one digit) to 4 (unit, four digits). Titles other than
 * English exist only for the major groups; the others fall back to English.
 */
public record Occupation(
        String code,
        int level,
        @Nullable String parent,
        String titleEn,
        @Nullable String titleFr,
        @Nullable String titleEs) {

    public String title(Locale locale) {
        String title =
                switch (locale.getLanguage()) {
                    case "fr" -> titleFr;
                    case "es" -> titleEs;
                    default -> null;
                };
        return title == null ? titleEn : title;
    }

    public boolean isUnit() {
        return level == 4;
    }

    /** The code and title, as pick lists and explanations show it. */
    public String label(Locale locale) {
        return code + " " + title(locale);
    }
}
