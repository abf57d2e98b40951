package org.pravaas.match.internal.io;

import java.util.Locale;
import java.util.Set;
import org.pravaas.match.FieldType;

/** Recognises columns by their header, whatever the spacing and case. */
public final class Headers {
    private static final Set<String> IDS = Set.of("rec_id", "id", "record_id", "person_id", "uid", "row_id");
    private static final Set<String> TRUTH = Set.of("entity_id", "true_id", "truth", "cluster_id", "person_truth");
    private static final Set<String> CATEGORIES = Set.of(
            "sex", "gender", "nationality", "country", "citizenship", "state", "marital_status", "country_of_birth");

    private Headers() {}

    /** "Date of Birth " → "date_of_birth". */
    public static String canonical(String header) {
        return header.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "_")
                .replaceAll("^_|_$", "");
    }

    public static boolean isId(String canonical) {
        return IDS.contains(canonical);
    }

    public static boolean isTruth(String canonical) {
        return TRUTH.contains(canonical);
    }

    public static FieldType typeOf(String c) {
        if (c.contains("name") || c.equals("surname") || c.equals("forename")) return FieldType.NAME;
        if (c.equals("dob") || c.contains("date") || c.equals("birthdate")) return FieldType.DATE;
        if (CATEGORIES.contains(c)) return FieldType.CATEGORY;
        if (c.endsWith("_id")
                || c.endsWith("_number")
                || c.endsWith("_no")
                || c.contains("passport")
                || c.contains("postcode")
                || c.contains("zip")
                || c.equals("postal_code")
                || c.equals("phone")) {
            return FieldType.IDENTIFIER;
        }
        return FieldType.TEXT;
    }
}
