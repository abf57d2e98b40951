package org.pravaas.match.internal.text;

/**
 * Arabic letters to Latin as names are commonly spelled; short vowels are not written in Arabic,
 * so this gives a consonant-heavy reading that the learned tables and the skeleton key complete.
 */
final class Arabic {
    private Arabic() {}

    static String toLatin(String word) {
        StringBuilder out = new StringBuilder(word.length() * 2);
        for (int i = 0; i < word.length(); i++) {
            out.append(letter(word.charAt(i), i == 0));
        }
        return out.toString();
    }

    /** The definite article written as part of the word: "البشتي" is usually "Bishti" or "al-Bishti". */
    static boolean hasArticle(String word) {
        return word.length() > 3 && word.startsWith("ال");
    }

    private static String letter(char c, boolean initial) {
        return switch (c) {
            case 'ا', 'أ', 'آ', 'ى', 'ة' -> "a";
            case 'إ' -> "i";
            case 'ب' -> "b";
            case 'ت', 'ط' -> "t";
            case 'ث' -> "th";
            case 'ج' -> "j";
            case 'ح', 'ه' -> "h";
            case 'خ' -> "kh";
            case 'د', 'ض' -> "d";
            case 'ذ' -> "dh";
            case 'ر' -> "r";
            case 'ز', 'ظ' -> "z";
            case 'س', 'ص' -> "s";
            case 'ش' -> "sh";
            case 'ع' -> initial ? "a" : "";
            case 'غ' -> "gh";
            case 'ف' -> "f";
            case 'ق' -> "q";
            case 'ك' -> "k";
            case 'ل' -> "l";
            case 'م' -> "m";
            case 'ن' -> "n";
            case 'و' -> initial ? "w" : "u";
            case 'ي' -> initial ? "y" : "i";
            case 'پ' -> "p";
            case 'چ' -> "ch";
            case 'ڤ' -> "v";
            case 'گ', 'ک' -> "g";
            case 'ی' -> "i";
            default -> "";
        };
    }
}
