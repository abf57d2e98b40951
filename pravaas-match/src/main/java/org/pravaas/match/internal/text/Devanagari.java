package org.pravaas.match.internal.text;

/**
 * Devanagari to Latin the way Indian names are usually spelled: long vowels single, inherent
 * vowel dropped at the end of a word and between a vowel-consonant and a consonant-vowel (schwa
 * deletion), where ICU writes "rajesa kumara" for राजेश कुमार.
 */
final class Devanagari {
    private static final String[] CONSONANTS = {
        "k", "kh", "g", "gh", "n", "ch", "chh", "j", "jh", "n", "t", "th", "d", "dh", "n", "t", "th", "d", "dh", "n",
        "n", "p", "ph", "b", "bh", "m", "y", "r", "r", "l", "l", "l", "v", "sh", "sh", "s", "h"
    }; // U+0915..U+0939
    private static final String[] INDEPENDENT = {
        "an", "an", "ah", "a", "a", "a", "i", "i", "u", "u", "ri", "li", "e", "e", "e", "ai", "o", "o", "o", "au"
    }; // U+0901..U+0914 (first three are signs, handled separately)
    private static final String[] MATRAS = {
        "a", "i", "i", "u", "u", "ri", "ri", "e", "e", "e", "ai", "o", "o", "o", "au"
    }; // U+093E..U+094C

    private Devanagari() {}

    static String toLatin(String word) {
        StringBuilder out = new StringBuilder(word.length() * 2);
        boolean[] vowelBefore = {false}; // whether the last akshara ended in a vowel sound
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (isConsonant(c)) i = akshara(word, i, out, vowelBefore);
            else vowelBefore[0] = sign(c, word, i, out) || vowelBefore[0];
        }
        return out.toString();
    }

    /** Appends the consonant at {@code i} with its vowel; returns the index of its last character. */
    private static int akshara(String word, int i, StringBuilder out, boolean[] vowelBefore) {
        int n = word.length();
        String cons = consonant(word.charAt(i), i + 1 < n && word.charAt(i + 1) == 0x093C);
        out.append(cons);
        int j = i + 1;
        if (j < n && word.charAt(j) == 0x093C) j++;
        char next = j < n ? word.charAt(j) : 0;
        if (next >= 0x093E && next <= 0x094C) {
            out.append(MATRAS[next - 0x093E]);
            vowelBefore[0] = true;
            return j;
        }
        if (next == 0x094D) {
            vowelBefore[0] = false;
            return j;
        }
        boolean keep = keepsSchwa(word, j, vowelBefore[0], out.length() == cons.length());
        if (keep) out.append('a');
        vowelBefore[0] = keep;
        return j - 1;
    }

    private static String consonant(char c, boolean nukta) {
        if (nukta) {
            switch (c) {
                case 'क':
                    return "q";
                case 'ज':
                    return "z";
                case 'फ':
                    return "f";
                case 'ड':
                    return "r";
                case 'ढ':
                    return "rh";
                default:
                    break;
            }
        }
        return CONSONANTS[c - 0x0915];
    }

    /** Schwa survives word-initially before a cluster and where deleting it would join three consonants. */
    private static boolean keepsSchwa(String word, int next, boolean vowelBefore, boolean first) {
        if (next >= word.length() || !isConsonant(word.charAt(next))) return next < word.length() || first;
        boolean nextHasVowel = aksharaHasVowel(word, next);
        if (first) return true;
        return !(vowelBefore && nextHasVowel);
    }

    private static boolean aksharaHasVowel(String word, int at) {
        int j = at + 1;
        if (j < word.length() && word.charAt(j) == 0x093C) j++;
        if (j >= word.length()) return false; // final consonant loses its schwa too
        char c = word.charAt(j);
        return c != 0x094D;
    }

    private static boolean isConsonant(char c) {
        return c >= 0x0915 && c <= 0x0939;
    }

    /** Appends an independent vowel or sign; true when it is a vowel sound. */
    private static boolean sign(char c, String word, int i, StringBuilder out) {
        if (c == 0x0902 || c == 0x0901) {
            char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
            out.append(next >= 0x092A && next <= 0x092E ? 'm' : 'n');
            return false;
        }
        if (c == 0x0903) {
            out.append('h');
            return false;
        }
        if (c >= 0x0904 && c <= 0x0914) {
            out.append(INDEPENDENT[c - 0x0901]);
            return true;
        }
        if (c == 0x0960) out.append("ri");
        if (c >= 0x0966 && c <= 0x096F) out.append((char) ('0' + c - 0x0966));
        return false;
    }
}
