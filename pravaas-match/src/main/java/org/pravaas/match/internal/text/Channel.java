package org.pravaas.match.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A noisy-channel view of a native name: how probable is a given Latin spelling of it? Each native
 * unit emits one of its learned spellings; Latin vowels the script does not write (Arabic short
 * vowels) may be inserted between units at a small cost, and anything else at a large one. The best
 * alignment's log probability per Latin letter ranks Latin candidates better than any fixed list of
 * spellings can, since it covers every vowel pattern at once. {@link #score} is a hot kernel.
 */
public final class Channel {
    private static final double VOWEL = Math.log(0.2);
    private static final double OTHER = Math.log(0.005);
    private static final double SKIP_UNIT = Math.log(0.005);
    private static final double EXTRA = Math.log(0.2);

    private static final ThreadLocal<double[][]> ROWS = ThreadLocal.withInitial(() -> new double[2][64]);

    private final char[][][] spellings;
    private final double[][] logProbs;

    private Channel(LearnedTables.Chunk[][] units) {
        spellings = new char[units.length][][];
        logProbs = new double[units.length][];
        for (int u = 0; u < units.length; u++) {
            spellings[u] = new char[units[u].length][];
            logProbs[u] = new double[units[u].length];
            for (int c = 0; c < units[u].length; c++) {
                spellings[u][c] = units[u][c].latin().toCharArray();
                logProbs[u][c] = units[u][c].logProb();
            }
        }
    }

    /** Null when the script has no learned tables or no unit of the name is known. */
    static @Nullable Channel of(Script script, List<String> tokens) {
        if (script != Script.ARABIC && script != Script.DEVANAGARI && script != Script.HANGUL) return null;
        List<LearnedTables.Chunk[]> all = new ArrayList<>();
        for (String t : tokens) {
            if (Script.of(t) != script) continue;
            LearnedTables.Chunk[][] units = LearnedTables.get().unitOptions(script, t);
            if (script == Script.HANGUL && units.length == t.length()) addKoreanSpellings(t, units);
            all.addAll(List.of(units));
        }
        return all.isEmpty() ? null : new Channel(all.toArray(LearnedTables.Chunk[][]::new));
    }

    /**
     * The tables were learned mostly from foreign names written in Hangul; Korean names themselves
     * are spelled by McCune-Reischauer habits and a surname table (Park, not Bak).
     */
    private static void addKoreanSpellings(String token, LearnedTables.Chunk[][] units) {
        for (int u = 0; u < units.length; u++) {
            String syllable = token.substring(u, u + 1);
            List<String> extra = new ArrayList<>(List.of(Hangul.mccuneReischauer(syllable)));
            if (u == 0 && token.length() >= 2 && token.length() <= 4)
                extra.addAll(Hangul.SURNAMES.getOrDefault(syllable.charAt(0), List.of()));
            units[u] = with(units[u], extra);
        }
    }

    private static LearnedTables.Chunk[] with(LearnedTables.Chunk[] options, List<String> extra) {
        List<LearnedTables.Chunk> out = new ArrayList<>(List.of(options));
        for (String e : extra) {
            if (out.stream().noneMatch(c -> c.latin().equals(e))) out.add(new LearnedTables.Chunk(e, EXTRA));
        }
        return out.toArray(LearnedTables.Chunk[]::new);
    }

    /** Log probability per letter of the best alignment of {@code latin} (lowercase ASCII) with this name. */
    public double score(char[] latin) {
        int n = spellings.length;
        int m = latin.length;
        double[][] rows = ROWS.get();
        if (rows[0].length <= m) rows = grow(m);
        double[] cur = rows[0];
        double[] next = rows[1];
        Arrays.fill(cur, 0, m + 1, Double.NEGATIVE_INFINITY);
        cur[0] = 0;
        for (int i = 0; i <= n; i++) {
            insertions(cur, latin);
            if (i == n) break;
            Arrays.fill(next, 0, m + 1, Double.NEGATIVE_INFINITY);
            char[][] options = spellings[i];
            for (int j = 0; j <= m; j++) {
                if (cur[j] == Double.NEGATIVE_INFINITY) continue;
                next[j] = Math.max(next[j], cur[j] + SKIP_UNIT);
                for (int c = 0; c < options.length; c++) {
                    char[] s = options[c];
                    if (matches(latin, j, s))
                        next[j + s.length] = Math.max(next[j + s.length], cur[j] + logProbs[i][c]);
                }
            }
            double[] t = cur;
            cur = next;
            next = t;
        }
        double best = cur[m];
        return best / (m + 1);
    }

    /** Latin letters with no native counterpart, left to right within one gap between units. */
    private static void insertions(double[] row, char[] latin) {
        for (int j = 0; j < latin.length; j++) {
            if (row[j] == Double.NEGATIVE_INFINITY) continue;
            double cost = isVowel(latin[j]) ? VOWEL : OTHER;
            row[j + 1] = Math.max(row[j + 1], row[j] + cost);
        }
    }

    private static boolean matches(char[] latin, int at, char[] s) {
        if (at + s.length > latin.length) return false;
        for (int k = 0; k < s.length; k++) {
            if (latin[at + k] != s[k]) return false;
        }
        return true;
    }

    private static double[][] grow(int m) {
        double[][] rows = new double[2][m * 2 + 1];
        ROWS.set(rows);
        return rows;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
