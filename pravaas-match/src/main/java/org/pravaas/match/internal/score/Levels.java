package org.pravaas.match.internal.score;

import java.util.List;
import org.pravaas.match.FieldType;
import org.pravaas.match.internal.compare.DamerauLevenshtein;
import org.pravaas.match.internal.compare.JaroWinkler;
import org.pravaas.match.internal.compare.NameSimilarity;
import org.pravaas.match.internal.text.NameForms;

/**
 * Turns two prepared field values into a discrete agreement level (higher is closer; -1 when
 * either is missing) and a similarity in [0, 1]. The levels are what Fellegi-Sunter weighs.
 */
public final class Levels {
    public static final int MISSING = -1;

    private Levels() {}

    public static List<String> labels(FieldType type) {
        return switch (type) {
            case NAME -> List.of("different", "weak", "phonetic or similar", "very similar", "exact");
            case DATE -> List.of("different", "within two years", "close", "swapped or one typo", "exact");
            case IDENTIFIER -> List.of("different", "one typo", "exact");
            case TEXT -> List.of("different", "similar", "very similar", "exact");
            case CATEGORY -> List.of("different", "equal");
        };
    }

    public static int count(FieldType type) {
        return labels(type).size();
    }

    /** The level, and the similarity into {@code similarity[0]} for tie-breaking. */
    public static int compare(FieldType type, Object a, Object b, double[] similarity) {
        return switch (type) {
            case NAME -> name((NameForms) a, (NameForms) b, similarity);
            case DATE -> date((DateValue) a, (DateValue) b, similarity);
            case IDENTIFIER -> identifier((String) a, (String) b, similarity);
            case TEXT -> text((Features.Text) a, (Features.Text) b, similarity);
            case CATEGORY -> category((Features.Text) a, (Features.Text) b, similarity);
        };
    }

    private static int name(NameForms a, NameForms b, double[] out) {
        if (NameSimilarity.exact(a, b)) {
            out[0] = 1;
            return 4;
        }
        double s = NameSimilarity.of(a, b);
        out[0] = s;
        if (s >= 0.95) return 3;
        // Sound-alike spellings count within one script; across scripts the similarity already
        // comes from how the names sound, and a shared four-letter code would only add noise.
        boolean phonetic = a.script() == b.script() && a.phonetic().equals(b.phonetic());
        if (s >= 0.88 || phonetic) return 2;
        return s >= 0.75 ? 1 : 0;
    }

    private static int date(DateValue a, DateValue b, double[] out) {
        int level = dateLevel(a, b);
        out[0] = level / 4.0;
        return level;
    }

    private static int dateLevel(DateValue a, DateValue b) {
        if (a.equals(b)) return 4;
        if (!a.complete() || !b.complete()) return Math.abs(a.year() - b.year()) <= 2 ? 1 : 0;
        boolean swapped = a.year() == b.year() && a.month() == b.day() && a.day() == b.month();
        if (swapped || DamerauLevenshtein.withinOne(Integer.toString(a.asInt()), Integer.toString(b.asInt()))) return 3;
        boolean yearOff = Math.abs(a.year() - b.year()) == 1 && a.month() == b.month() && a.day() == b.day();
        if (yearOff || Math.abs(a.epochDay() - b.epochDay()) <= 31) return 2;
        return Math.abs(a.year() - b.year()) <= 2 ? 1 : 0;
    }

    private static int identifier(String a, String b, double[] out) {
        int level = a.equals(b) ? 2 : DamerauLevenshtein.withinOne(a, b) ? 1 : 0;
        out[0] = level / 2.0;
        return level;
    }

    private static int text(Features.Text a, Features.Text b, double[] out) {
        if (a.value().equals(b.value())) {
            out[0] = 1;
            return 3;
        }
        double s = JaroWinkler.similarity(a.chars(), b.chars());
        out[0] = s;
        return s >= 0.92 ? 2 : s >= 0.8 ? 1 : 0;
    }

    private static int category(Features.Text a, Features.Text b, double[] out) {
        boolean eq = a.value().equals(b.value());
        out[0] = eq ? 1 : 0;
        return eq ? 1 : 0;
    }
}
