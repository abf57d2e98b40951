package org.pravaas.match.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Korean names are written family name first, without a space: 김민석 is Kim Min-seok. */
final class KoreanNames {
    private static final Map<String, List<String>> DOUBLE = Map.of(
            "남궁",
            List.of("namgoong", "namgung"),
            "황보",
            List.of("hwangbo"),
            "제갈",
            List.of("jegal"),
            "선우",
            List.of("sunwoo", "seonu"),
            "독고",
            List.of("dokgo"));

    private KoreanNames() {}

    /** Family name and given name, or null when the token does not look like a Korean name. */
    static List<String> split(String token) {
        if (token.length() < 2 || token.length() > 4 || !allSyllables(token)) return null;
        if (token.length() >= 3 && DOUBLE.containsKey(token.substring(0, 2))) {
            return List.of(token.substring(0, 2), token.substring(2));
        }
        if (token.length() <= 3 && Hangul.SURNAMES.containsKey(token.charAt(0))) {
            return List.of(token.substring(0, 1), token.substring(1));
        }
        return null;
    }

    static List<String> surnameSpellings(String surname) {
        List<String> known = DOUBLE.get(surname);
        if (known == null && surname.length() == 1) known = Hangul.SURNAMES.get(surname.charAt(0));
        List<String> out = new ArrayList<>(known == null ? List.of() : known);
        String rr = Hangul.revised(surname);
        if (!out.contains(rr)) out.add(rr);
        return out;
    }

    private static boolean allSyllables(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Hangul.isSyllable(token.charAt(i))) return false;
        }
        return true;
    }
}
