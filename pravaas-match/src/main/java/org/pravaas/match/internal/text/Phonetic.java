package org.pravaas.match.internal.text;

/**
 * A coarse consonant skeleton of a Latin key: vowels dropped, consonants folded into classes that
 * transliteration and spelling habits confuse (b/p/f/v, c/k/q/g, d/t, l/r, m/n, s/z/sh, j/ch).
 * Robust enough to block "Mohammed", "Muhamad" and "mhmd" together.
 */
public final class Phonetic {
    private static final int MAX = 4;

    private Phonetic() {}

    public static String code(String latin) {
        StringBuilder out = new StringBuilder(MAX);
        char last = 0;
        int n = latin.length();
        for (int i = 0; i < n && out.length() < MAX; i++) {
            char c = latin.charAt(i);
            char next = i + 1 < n ? latin.charAt(i + 1) : 0;
            char cls = classOf(c, next);
            if (c == 's' && next == 'h' || c == 'c' && next == 'h' || c == 'p' && next == 'h') i++;
            if (i == 0 && cls == 0 && isVowel(c)) cls = 'A';
            if (cls != 0 && cls != last) out.append(cls);
            if (cls != 0 || !isVowel(c)) last = cls;
            if (isVowel(c)) last = 0;
        }
        return out.toString();
    }

    private static char classOf(char c, char next) {
        return switch (c) {
            case 'b', 'p', 'f', 'v' -> 'P';
            case 'k', 'q', 'g', 'x' -> 'K';
            case 'c' -> next == 'h' ? 'J' : (next == 'e' || next == 'i' || next == 'y') ? 'S' : 'K';
            case 'j' -> 'J';
            case 's', 'z' -> 'S';
            case 'd', 't' -> 'T';
            case 'l', 'r' -> 'R';
            case 'm', 'n' -> 'N';
            default -> 0;
        };
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w' || c == 'h';
    }
}
