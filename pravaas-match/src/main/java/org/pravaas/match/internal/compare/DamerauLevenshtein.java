package org.pravaas.match.internal.compare;

/** Optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions). */
public final class DamerauLevenshtein {
    private DamerauLevenshtein() {}

    public static int distance(CharSequence a, CharSequence b) {
        int n = a.length();
        int m = b.length();
        if (n == 0 || m == 0) return Math.max(n, m);
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** True when the two differ by at most one edit or one adjacent swap; no allocation. */
    public static boolean withinOne(CharSequence a, CharSequence b) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 1) return false;
        int i = 0;
        while (i < n && i < m && a.charAt(i) == b.charAt(i)) i++;
        if (i == n && i == m) return true;
        if (n == m) {
            if (rest(a, i + 1, b, i + 1)) return true;
            return i + 1 < n
                    && a.charAt(i) == b.charAt(i + 1)
                    && a.charAt(i + 1) == b.charAt(i)
                    && rest(a, i + 2, b, i + 2);
        }
        return n > m ? rest(a, i + 1, b, i) : rest(a, i, b, i + 1);
    }

    private static boolean rest(CharSequence a, int i, CharSequence b, int j) {
        if (a.length() - i != b.length() - j) return false;
        for (; i < a.length(); i++, j++) {
            if (a.charAt(i) != b.charAt(j)) return false;
        }
        return true;
    }
}
