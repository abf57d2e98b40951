package org.pravaas.shared.io;

import org.jspecify.annotations.Nullable;

/** Whether a cell's number format shows its number as a date or time. */
final class DateFormats {
    private DateFormats() {}

    static boolean isDate(int formatId, @Nullable String format) {
        if (isBuiltInDate(formatId)) {
            return true;
        }
        return format != null && hasDateLetters(firstSection(format));
    }

    /** Excel's built-in date and time formats, including the East Asian ones (27–36, 50–58). */
    private static boolean isBuiltInDate(int id) {
        return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
    }

    private static String firstSection(String format) {
        int semicolon = format.indexOf(';');
        return semicolon < 0 ? format : format.substring(0, semicolon);
    }

    /**
     * True when y, m, d, h or s appear outside quoted text, escapes and brackets ([Red], [$-409]).
     * Elapsed-time formats ([h]:mm) are durations, not dates, and stay numbers.
     */
    private static boolean hasDateLetters(String format) {
        if (format.matches("(?i).*\\[(h+|m+|s+)].*")) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\\\.", "")
                .replaceAll("[_*].", "")
                .replaceAll("\\[[^]]*]", "");
        return bare.matches("(?i).*[ymdhs].*");
    }
}
