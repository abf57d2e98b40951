package org.pravaas.match.internal.compare;

/** Jaro-Winkler similarity; allocation-free for strings up to 64 chars (bit sets), a hot kernel. */
public final class JaroWinkler {
    private JaroWinkler() {}

    public static double similarity(String a, String b) {
        return similarity(a.toCharArray(), b.toCharArray());
    }

    public static double similarity(char[] a, char[] b) {
        if (a.length == 0 || b.length == 0) return a.length == b.length ? 1.0 : 0.0;
        if (a.length > 64 || b.length > 64) return LongJaro.similarity(a, b);
        char[] s = a.length <= b.length ? a : b;
        char[] l = a.length <= b.length ? b : a;
        int window = Math.max(0, l.length / 2 - 1);
        long matchedS = 0;
        long matchedL = 0;
        int matches = 0;
        for (int i = 0; i < s.length; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(l.length, i + window + 1);
            char c = s[i];
            for (int j = from; j < to; j++) {
                if (l[j] == c && (matchedL & (1L << j)) == 0) {
                    matchedL |= 1L << j;
                    matchedS |= 1L << i;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) return 0.0;
        int transpositions = 0;
        long ls = matchedL;
        for (int i = 0; i < s.length; i++) {
            if ((matchedS & (1L << i)) == 0) continue;
            int j = Long.numberOfTrailingZeros(ls);
            ls &= ls - 1;
            if (s[i] != l[j]) transpositions++;
        }
        return winkler(a, b, jaro(matches, transpositions / 2, s.length, l.length));
    }

    static double jaro(int m, int t, int la, int lb) {
        return ((double) m / la + (double) m / lb + (double) (m - t) / m) / 3.0;
    }

    static double winkler(char[] a, char[] b, double jaro) {
        if (jaro <= 0.7) return jaro;
        int prefix = 0;
        int max = Math.min(4, Math.min(a.length, b.length));
        while (prefix < max && a[prefix] == b[prefix]) prefix++;
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    /** The general case for long strings, rare in names. */
    private static final class LongJaro {
        static double similarity(char[] s, char[] l) {
            int window = Math.max(0, Math.max(s.length, l.length) / 2 - 1);
            boolean[] ms = new boolean[s.length];
            boolean[] ml = new boolean[l.length];
            int matches = 0;
            for (int i = 0; i < s.length; i++) {
                for (int j = Math.max(0, i - window); j < Math.min(l.length, i + window + 1); j++) {
                    if (!ml[j] && l[j] == s[i]) {
                        ml[j] = true;
                        ms[i] = true;
                        matches++;
                        break;
                    }
                }
            }
            if (matches == 0) return 0.0;
            int t = 0;
            for (int i = 0, j = 0; i < s.length; i++) {
                if (!ms[i]) continue;
                while (!ml[j]) j++;
                if (s[i] != l[j++]) t++;
            }
            return winkler(s, l, jaro(matches, t / 2, s.length, l.length));
        }
    }
}
