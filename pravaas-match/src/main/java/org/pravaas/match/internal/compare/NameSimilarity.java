package org.pravaas.match.internal.compare;

import java.util.Arrays;
import org.pravaas.match.internal.text.Channel;
import org.pravaas.match.internal.text.NameForms;
import org.pravaas.match.internal.text.Script;

/**
 * How alike two names are in [0, 1], whatever their scripts: the best over both names' Latin
 * readings of the whole-name Jaro-Winkler and the order-free token-set similarity.
 */
public final class NameSimilarity {
    private NameSimilarity() {}

    public static double of(NameForms a, NameForms b) {
        if (a.script() == b.script() && a.script() != Script.LATIN) return sameScript(a, b);
        double best = 0;
        for (int i = 0; i < a.readingCount() && best < 1.0; i++) {
            for (int j = 0; j < b.readingCount() && best < 1.0; j++)
                best = Math.max(best, JaroWinkler.similarity(a.joined(i), b.joined(j)));
        }
        if (a.spellings().length > 1 || b.spellings().length > 1)
            best = Math.max(best, partSet(a.spellings(), b.spellings()));
        if (a.script() == Script.LATIN && b.channel() != null) return blend(best, a, b);
        if (b.script() == Script.LATIN && a.channel() != null) return blend(best, b, a);
        return best;
    }

    /**
     * Across scripts, the spelling similarity is blended with the channel model's probability of
     * the Latin name given the native one (weights chosen on held-out training pairs): it copes
     * with unwritten vowels that no list of spellings covers.
     */
    private static double blend(double spelling, NameForms latin, NameForms nativeName) {
        Channel channel = nativeName.channel();
        double perLetter = Math.max(channel.score(latin.joined(0)), channel.score(latin.reversedJoined()));
        boolean arabic = nativeName.script() == Script.ARABIC;
        double w = arabic ? 0.5 : 0.3;
        double blended = Math.max(0, Math.min(1, (1 - w) * spelling + w * (1 + perLetter / 4)));
        // Rescaled so that true pairs score about as high as Latin spelling variants do (medians
        // on held-out training pairs: Arabic 0.81, Korean 0.91, Hindi 0.96) and candidates in
        // different scripts can be ranked together; monotone, so rankings within a script stay.
        double shrink = arabic ? 0.4 : nativeName.script() == Script.HANGUL ? 0.7 : 1.0;
        return 1 - (1 - blended) * shrink;
    }

    /**
     * Two names in the same non-Latin script compare as written, plus their first readings: the
     * other readings only help across scripts, and would cost a hundred comparisons here.
     */
    static double sameScript(NameForms a, NameForms b) {
        double written = JaroWinkler.similarity(a.nativeJoined(), b.nativeJoined());
        char[][] ta = a.nativeTokens();
        char[][] tb = b.nativeTokens();
        if (ta.length > 1 || tb.length > 1) written = Math.max(written, (tokenSet(ta, tb) + tokenSet(tb, ta)) / 2);
        return Math.max(written, readings(a, 0, b, 0));
    }

    /** True when some readings agree exactly, token order aside. */
    public static boolean exact(NameForms a, NameForms b) {
        if (a.key().equals(b.key())) return true;
        for (int i = 0; i < a.readingCount(); i++) {
            for (int j = 0; j < b.readingCount(); j++) {
                if (Arrays.equals(a.joined(i), b.joined(j))) return true;
            }
        }
        return false;
    }

    static double readings(NameForms a, int i, NameForms b, int j) {
        double whole = JaroWinkler.similarity(a.joined(i), b.joined(j));
        char[][] ta = a.reading(i);
        char[][] tb = b.reading(j);
        if (ta.length == 1 && tb.length == 1) return whole;
        double set = (tokenSet(ta, tb) + tokenSet(tb, ta)) / 2;
        return Math.max(whole, set);
    }

    /**
     * Order-free agreement of name parts, each part free to use whichever of its spellings fits
     * best: the mean of both directions' length-weighted best matches. One similarity matrix
     * serves both directions (Jaro-Winkler is symmetric).
     */
    static double partSet(char[][][] a, char[][][] b) {
        double[] bestA = new double[a.length];
        double[] bestB = new double[b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                double s = bestSpelling(a[i], b[j]);
                bestA[i] = Math.max(bestA[i], s);
                bestB[j] = Math.max(bestB[j], s);
            }
        }
        return (weighted(a, bestA) + weighted(b, bestB)) / 2;
    }

    private static double bestSpelling(char[][] x, char[][] y) {
        double best = 0;
        for (char[] u : x) {
            for (char[] v : y) best = Math.max(best, JaroWinkler.similarity(u, v));
        }
        return best;
    }

    private static double weighted(char[][][] parts, double[] best) {
        double sum = 0;
        int weight = 0;
        for (int i = 0; i < parts.length; i++) {
            sum += best[i] * parts[i][0].length;
            weight += parts[i][0].length;
        }
        return weight == 0 ? 0 : sum / weight;
    }

    /** Length-weighted mean, over the tokens of {@code a}, of the best match among the tokens of {@code b}. */
    static double tokenSet(char[][] a, char[][] b) {
        double sum = 0;
        int weight = 0;
        for (char[] x : a) {
            double best = 0;
            for (char[] y : b) best = Math.max(best, JaroWinkler.similarity(x, y));
            sum += best * x.length;
            weight += x.length;
        }
        return weight == 0 ? 0 : sum / weight;
    }
}
