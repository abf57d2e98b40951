package org.pravaas.registry.mrz;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The name field: the primary identifier (surname), {@code <<}, then the secondary identifier
 * (given names), name parts joined by {@code <}. Composing transliterates Latin letters with
 * diacritics as Doc 9303 part 3 recommends and truncates as part 3 describes: the given names
 * first, keeping at least their first letter, then the surname.
 */
final class MrzNames {
    // The Doc 9303 transliterations that are not simply the letter without its marks.
    private static final Map<Character, String> SPECIAL = Map.ofEntries(
            Map.entry('Ä', "AE"),
            Map.entry('Å', "AA"),
            Map.entry('Æ', "AE"),
            Map.entry('Ö', "OE"),
            Map.entry('Ø', "OE"),
            Map.entry('Œ', "OE"),
            Map.entry('Ü', "UE"),
            Map.entry('ẞ', "SS"),
            Map.entry('Þ', "TH"),
            Map.entry('Ð', "D"),
            Map.entry('Đ', "D"),
            Map.entry('Ħ', "H"),
            Map.entry('Ĳ', "IJ"),
            Map.entry('Ŀ', "L"),
            Map.entry('Ł', "L"),
            Map.entry('Ŋ', "N"),
            Map.entry('Ŧ', "T"));

    private MrzNames() {}

    /** The surname of a name field: up to the first {@code <<}, fillers read as spaces. */
    static String surname(String field) {
        int separator = field.indexOf("<<");
        return words(field, 0, separator < 0 ? field.length() : separator);
    }

    /** The given names of a name field: after the first {@code <<}, fillers read as spaces. */
    static String givenNames(String field) {
        int separator = field.indexOf("<<");
        return separator < 0 ? "" : words(field, separator + 2, field.length());
    }

    private static String words(String field, int from, int to) {
        StringBuilder words = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = field.charAt(i);
            if (c == '<') {
                space = words.length() > 0;
            } else {
                if (space) {
                    words.append(' ');
                    space = false;
                }
                words.append(c);
            }
        }
        return words.toString();
    }

    /**
     * The name field of {@code width} characters for these names, transliterated and truncated.
     *
     * @throws IllegalArgumentException if a name has a letter outside the Latin script, a digit or a
     *     symbol, or the surname has no letter
     */
    static String field(String surname, String givenNames, int width) {
        String primary = transliterate(surname);
        String secondary = transliterate(givenNames);
        if (primary.isEmpty()) {
            throw new IllegalArgumentException("A zone needs a surname (primary identifier): “" + surname + "”");
        }
        StringBuilder field = new StringBuilder(width);
        if (secondary.isEmpty()) {
            field.append(cut(primary, width));
        } else {
            field.append(cut(primary, width - 3)).append("<<");
            field.append(cut(secondary, width - field.length()));
        }
        while (field.length() < width) {
            field.append('<');
        }
        return field.toString();
    }

    /** The first {@code length} characters, without a filler left dangling at the end. */
    private static String cut(String name, int length) {
        if (name.length() <= length) {
            return name;
        }
        int end = length;
        while (end > 0 && name.charAt(end - 1) == '<') {
            end--;
        }
        return name.substring(0, end);
    }

    /**
     * A name in zone letters: upper case A–Z, parts joined by one {@code <}. Spaces and hyphens
     * separate parts; apostrophes, commas and full stops are dropped, as part 3 says.
     */
    static String transliterate(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(upper.length() + 4);
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out.append(c);
            } else if (c == ' ' || c == '-' || c == '<' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '<') {
                    out.append('<');
                }
            } else if (!isDropped(c)) {
                out.append(latin(c, name));
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '<') {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    private static boolean isDropped(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '‘' || c == '`' || c == ',' || c == '.';
    }

    /**
     * A letter with its marks taken off; compatibility forms (full-width letters, the DŽ digraph)
     * are decomposed too.
     */
    private static String latin(char c, String name) {
        String special = SPECIAL.get(c);
        if (special != null) {
            return special;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        StringBuilder letters = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            if (d >= 'A' && d <= 'Z') {
                letters.append(d);
            } else if (Character.getType(d) != Character.NON_SPACING_MARK) {
                letters.setLength(0);
                break;
            }
        }
        if (letters.length() == 0) {
            throw new IllegalArgumentException("“" + c + "” in “" + name
                    + "” is not a Latin letter a zone can hold; transliterate the name first");
        }
        return letters.toString();
    }
}
