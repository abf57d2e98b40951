package org.pravaas.match.tools;

import java.util.HashMap;
import java.util.Map;
import org.pravaas.match.internal.text.Phonetic;

/** Forward-backward over all monotone segmentations of a Latin word into one chunk per native unit. */
final class Alignment {
    private final String[] units;
    private final String latin;
    private final int maxLen;
    private final Map<String, Map<String, Double>> theta;
    private final boolean first;
    private final String[] hints;

    Alignment(
            TrainTransliterationTables.WordPair pair,
            int maxLen,
            Map<String, Map<String, Double>> theta,
            boolean first) {
        this.units = pair.units();
        this.latin = pair.latin();
        this.maxLen = maxLen;
        this.theta = theta;
        this.first = first;
        this.hints = pair.hints();
    }

    void addExpectedCounts(Map<String, Map<String, Double>> counts) {
        int n = units.length;
        int m = latin.length();
        if (n * maxLen < m) return;
        double[][] alpha = new double[n + 1][m + 1];
        double[][] beta = new double[n + 1][m + 1];
        alpha[0][0] = 1;
        for (int i = 1; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                for (int l = 0; l <= Math.min(maxLen, j); l++) alpha[i][j] += alpha[i - 1][j - l] * p(i - 1, j - l, j);
            }
        }
        double z = alpha[n][m];
        if (z <= 0) return;
        beta[n][m] = 1;
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                for (int l = 0; l <= Math.min(maxLen, m - j); l++) beta[i][j] += p(i, j, j + l) * beta[i + 1][j + l];
            }
        }
        for (int i = 0; i < n; i++) {
            Map<String, Double> c = counts.computeIfAbsent(units[i], k -> new HashMap<>());
            for (int j = 0; j <= m; j++) {
                if (alpha[i][j] == 0) continue;
                for (int l = 0; l <= Math.min(maxLen, m - j); l++) {
                    double post = alpha[i][j] * p(i, j, j + l) * beta[i + 1][j + l] / z;
                    if (post > 1e-6) c.merge(latin.substring(j, j + l), post, Double::sum);
                }
            }
        }
    }

    /** The first iteration starts from a prior favouring one to three letters per unit. */
    private double p(int unit, int from, int to) {
        int len = to - from;
        if (first) return prior(unit, from, len);
        Map<String, Double> probs = theta.get(units[unit]);
        if (probs == null) return 1e-9;
        Double v = probs.get(latin.substring(from, to));
        return v == null ? 1e-9 : v;
    }

    /**
     * Favours chunks of one to three letters that begin like the rule-based spelling of the unit;
     * without it EM happily attaches vowels to the wrong neighbour.
     */
    private double prior(int unit, int from, int len) {
        double p = len == 0 ? 0.2 : len <= 3 ? 1.0 : 0.3;
        String hint = hints[unit];
        if (len == 0 || hint.isEmpty()) return p;
        char c = latin.charAt(from);
        char h = hint.charAt(0);
        boolean alike = c == h
                || (isVowel(c) && isVowel(h))
                || Phonetic.code(String.valueOf(c)).equals(Phonetic.code(String.valueOf(h)));
        return alike ? p : p * 0.1;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
