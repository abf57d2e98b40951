package org.pravaas.match.internal.text;

import com.ibm.icu.lang.UScript;

/** The writing systems the engine treats differently; everything else goes through ICU. */
public enum Script {
    LATIN,
    DEVANAGARI,
    HANGUL,
    ARABIC,
    HAN,
    OTHER,
    NONE;

    /** The dominant script of a text, ignoring digits, punctuation and combining marks. */
    public static Script of(CharSequence text) {
        int[] counts = new int[values().length];
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                if (Character.isLetter(cp)) counts[LATIN.ordinal()]++;
                continue;
            }
            Script s = ofCodePoint(cp);
            if (s != NONE) counts[s.ordinal()]++;
        }
        Script best = NONE;
        int max = 0;
        for (Script s : values()) {
            if (counts[s.ordinal()] > max) {
                max = counts[s.ordinal()];
                best = s;
            }
        }
        return best;
    }

    static Script ofCodePoint(int cp) {
        int code = UScript.getScript(cp);
        return switch (code) {
            case UScript.LATIN -> LATIN;
            case UScript.DEVANAGARI -> DEVANAGARI;
            case UScript.HANGUL -> HANGUL;
            case UScript.ARABIC -> ARABIC;
            case UScript.HAN -> HAN;
            case UScript.COMMON, UScript.INHERITED, UScript.UNKNOWN -> NONE;
            default -> OTHER;
        };
    }
}
