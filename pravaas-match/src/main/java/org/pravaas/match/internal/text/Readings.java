package org.pravaas.match.internal.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds a name's Latin readings from the spellings of its parts, and their char arrays. */
final class Readings {
    private static final int MAX_READINGS = 12;

    private Readings() {}

    /** Parallel readings (k-th spelling of every part), then single-part substitutions. */
    static List<List<String>> of(List<List<String>> options) {
        Set<List<String>> out = new LinkedHashSet<>();
        int depth = options.stream().mapToInt(List::size).max().orElse(1);
        for (int k = 0; k < depth; k++) {
            List<String> r = new ArrayList<>(options.size());
            for (List<String> o : options) r.add(o.get(Math.min(k, o.size() - 1)));
            out.add(r);
        }
        for (int i = 0; i < options.size() && out.size() < MAX_READINGS; i++) {
            for (String alt : options.get(i)) {
                List<String> r = new ArrayList<>(options.size());
                for (List<String> o : options) r.add(o.get(0));
                r.set(i, alt);
                out.add(r);
            }
        }
        return new ArrayList<>(out).subList(0, Math.min(MAX_READINGS, out.size()));
    }

    static char[][] chars(List<String> strings) {
        return strings.stream().map(String::toCharArray).toArray(char[][]::new);
    }

    static char[][][] chars(Iterable<List<String>> lists) {
        List<char[][]> out = new ArrayList<>();
        for (List<String> l : lists) out.add(chars(l));
        return out.toArray(char[][][]::new);
    }

    /** The first reading's tokens joined last to first: "minseok kim" as "kimminseok". */
    static char[] reversedJoined(List<List<String>> readings) {
        if (readings.isEmpty()) return new char[0];
        List<String> tokens = new ArrayList<>(readings.get(0));
        Collections.reverse(tokens);
        return String.join("", tokens).toCharArray();
    }
}
