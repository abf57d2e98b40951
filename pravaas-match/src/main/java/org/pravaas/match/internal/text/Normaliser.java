package org.pravaas.match.internal.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * NFKC, case folding, marks, punctuation and whitespace; then honorifics and particles per
 * language. Pure and thread-safe.
 */
public final class Normaliser {
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /** Titles that say nothing about who the person is. */
    private static final Set<String> HONORIFICS = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "shri", "sri", "shree", "smt", "kumari", "late", "lt",
            "gen", "col", "capt", "hajji", "haji", "mme", "mlle", "sr", "sra", "srta", "don", "dona", "श्री", "श्रीमती",
            "डॉ", "कुमारी", "स्व", "सुश्री", "सैयद", "السيد", "السيدة", "الدكتور", "الحاج", "د", "씨", "님");

    /** Connecting particles: real parts of a name but too common to tell people apart. */
    private static final Set<String> PARTICLES = Set.of(
            "bin", "ibn", "bint", "binti", "ben", "van", "von", "der", "den", "de", "da", "del", "della", "di", "du",
            "dos", "das", "la", "le", "al", "el", "y", "bn", "بن", "ابن", "بنت", "आल", "बिन");

    private Normaliser() {}

    /** Folds case, compatibility forms, marks (except where they carry vowels) and punctuation. */
    public static String fold(String raw) {
        if (isAscii(raw)) return foldAscii(raw);
        String s = NFD.normalize(NFKC_CF.normalize(raw));
        StringBuilder out = new StringBuilder(s.length());
        Script base = Script.NONE;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = UCharacter.getType(cp);
            if (type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK) {
                // Devanagari vowel signs are marks too: only drop accents and Arabic short vowels.
                if (base == Script.DEVANAGARI || base == Script.OTHER) out.appendCodePoint(cp);
            } else if (cp == 0x0640 || cp == 0x200C || cp == 0x200D) {
                continue; // tatweel and joiners are typography
            } else if (UCharacter.isLetterOrDigit(cp) || type == UCharacterCategory.COMBINING_SPACING_MARK) {
                base = Script.ofCodePoint(cp) == Script.NONE ? base : Script.ofCodePoint(cp);
                out.appendCodePoint(cp);
            } else {
                appendSpace(out);
            }
        }
        return NFC.normalize(out.toString().strip());
    }

    /** Folded tokens without honorifics; particles are kept only when nothing else is left. */
    public static List<String> tokens(String raw) {
        String folded = fold(raw);
        List<String> all = new ArrayList<>(4);
        List<String> kept = new ArrayList<>(4);
        for (String t : folded.split(" ")) {
            if (t.isEmpty() || HONORIFICS.contains(t)) continue;
            all.add(t);
            if (!PARTICLES.contains(t)) kept.add(t);
        }
        return kept.isEmpty() ? all : kept;
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    private static String foldAscii(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= 'A' && c <= 'Z') out.append((char) (c + 32));
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.append(c);
            else appendSpace(out);
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') end--;
        return out.substring(0, end);
    }

    private static void appendSpace(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') out.append(' ');
    }
}
