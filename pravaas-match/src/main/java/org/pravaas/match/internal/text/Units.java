package org.pravaas.match.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a native-script word into the units the learned transliteration tables are keyed on:
 * Hangul syllables, Arabic letters, Devanagari aksharas (consonant with its vowel sign, virama
 * or nasal). Each unit is prefixed with its position in the word, because endings are spelled
 * differently from beginnings.
 */
public final class Units {
    private Units() {}

    public static List<String> split(Script script, String word) {
        List<String> raw = script == Script.DEVANAGARI ? aksharas(word) : codePoints(word);
        List<String> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            out.add(position(i, raw.size()) + raw.get(i));
        }
        return out;
    }

    /** The unit without its position, for backing off to statistics over all positions. */
    public static String bare(String unit) {
        return unit.substring(2);
    }

    /** The rule-based Latin spelling of a bare unit, a hint for aligning it with Latin letters. */
    public static String ruleLatin(Script script, String bare) {
        return switch (script) {
            case DEVANAGARI -> Devanagari.toLatin(bare);
            case HANGUL -> Hangul.revised(bare);
            case ARABIC -> Arabic.toLatin(bare);
            default -> IcuLatin.of(bare);
        };
    }

    private static String position(int i, int n) {
        if (n == 1) return "S|";
        if (i == 0) return "B|";
        return i == n - 1 ? "E|" : "M|";
    }

    private static List<String> codePoints(String word) {
        List<String> out = new ArrayList<>(word.length());
        word.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
        return out;
    }

    private static List<String> aksharas(String word) {
        List<String> out = new ArrayList<>(word.length());
        int i = 0;
        while (i < word.length()) {
            int start = i++;
            while (i < word.length() && isDependent(word.charAt(i))) i++;
            out.add(word.substring(start, i));
        }
        return out;
    }

    /** Nukta, vowel signs, virama and nasal/aspiration signs attach to the letter before. */
    private static boolean isDependent(char c) {
        return c == 0x093C
                || (c >= 0x093E && c <= 0x094D)
                || (c >= 0x0900 && c <= 0x0903)
                || c == 0x0962
                || c == 0x0963;
    }
}
