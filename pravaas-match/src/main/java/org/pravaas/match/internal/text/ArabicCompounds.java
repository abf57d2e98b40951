package org.pravaas.match.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * "Abd al-Rahman", "Abdul Rahman", "Abdurrahman" and عبد الرحمن are one name: the servant-of
 * prefix is merged with the word that follows it, with the article and doubled letter folded.
 */
final class ArabicCompounds {
    private static final String[] PREFIXES = {"abdul", "abdel", "abdal", "abdur", "abdu", "abd"};

    private ArabicCompounds() {}

    /**
     * When the previous token is a bare "abd", merges this token into it and returns an empty
     * list; otherwise returns the spellings, canonicalised.
     */
    static List<String> merge(List<List<String>> options, List<String> spellings) {
        if (!options.isEmpty() && isBareAbd(options.get(options.size() - 1))) {
            List<String> merged = new ArrayList<>();
            for (String s : spellings) merged.add(canonical("abd" + s));
            options.set(options.size() - 1, merged);
            return List.of();
        }
        List<String> out = new ArrayList<>(spellings.size());
        for (String s : spellings) out.add(canonical(s));
        return out;
    }

    private static boolean isBareAbd(List<String> spellings) {
        for (String s : spellings) {
            if (s.equals("abd") || s.equals("abdul") || s.equals("abdel") || s.equals("abdu")) return true;
        }
        return false;
    }

    /** "abdulrahman", "abdalrahman", "abdurrahman" → "abdrahman"; other words unchanged. */
    static String canonical(String s) {
        if (!s.startsWith("abd") || s.length() < 6) return s;
        for (String p : PREFIXES) {
            if (s.startsWith(p) && s.length() > p.length() + 2) {
                String rest = s.substring(p.length());
                if (rest.startsWith("al") || rest.startsWith("el") || rest.startsWith("ul")) rest = rest.substring(2);
                if (rest.length() > 1 && rest.charAt(0) == rest.charAt(1)) rest = rest.substring(1);
                return "abd" + rest;
            }
        }
        return s;
    }
}
