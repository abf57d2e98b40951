package org.pravaas.match.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Transliteration variants learned from public name pairs (see the TrainTransliterationTables
 * tool): for each native unit, the Latin spellings seen for it with their probabilities. A
 * k-best search over the units of a word gives its most likely Latin spellings.
 */
final class LearnedTables {
    static final String RESOURCE = "transliteration-tables.tsv";
    private static final double RULE_LOG_PROB = Math.log(0.1);
    private static final LearnedTables INSTANCE = load();

    private final Map<Script, Map<String, Chunk[]>> chunks;

    /** One Latin spelling of a unit and its log probability. */
    record Chunk(String latin, double logProb) {}

    private final Map<Script, Map<String, Resolved>> resolved = new EnumMap<>(Script.class);

    private LearnedTables(Map<Script, Map<String, Chunk[]>> chunks) {
        this.chunks = chunks;
        for (Script s : Script.values()) resolved.put(s, new ConcurrentHashMap<>());
    }

    static LearnedTables get() {
        return INSTANCE;
    }

    /** Up to {@code k} spellings, most likely first; empty when no unit of the word is known. */
    List<String> spellings(Script script, String word, int k) {
        String[] texts = {""};
        double[] scores = {0};
        boolean anyKnown = false;
        for (String unit : Units.split(script, word)) {
            Resolved r = resolve(script, unit);
            anyKnown |= r.known();
            Chunk[] options = r.options();
            List<String> nextTexts = new ArrayList<>(k);
            List<Double> nextScores = new ArrayList<>(k);
            extend(texts, scores, options, k, nextTexts, nextScores);
            texts = nextTexts.toArray(String[]::new);
            scores = nextScores.stream().mapToDouble(Double::doubleValue).toArray();
        }
        return anyKnown ? List.of(texts) : List.of();
    }

    /** A unit's options with the rule-based spelling merged in; units are few, so this is cached. */
    private Resolved resolve(Script script, String unit) {
        Map<String, Resolved> cache = resolved.get(script);
        Resolved r = cache.get(unit);
        if (r == null) {
            Chunk[] learned = options(script, unit);
            r = new Resolved(withRule(learned, Units.ruleLatin(script, Units.bare(unit))), learned != null);
            cache.put(unit, r);
        }
        return r;
    }

    private record Resolved(Chunk[] options, boolean known) {}

    /** The k best extensions of the beam by one unit, best first; only their strings are built. */
    private static void extend(
            String[] texts, double[] scores, Chunk[] options, int k, List<String> outTexts, List<Double> outScores) {
        double[] candidate = new double[texts.length * options.length];
        for (int b = 0; b < texts.length; b++) {
            for (int c = 0; c < options.length; c++)
                candidate[b * options.length + c] = scores[b] + options[c].logProb();
        }
        while (outTexts.size() < k) {
            int best = argMax(candidate);
            if (best < 0) return;
            String text = texts[best / options.length] + options[best % options.length].latin();
            if (!outTexts.contains(text)) { // equal texts from different paths keep the better score
                outTexts.add(text);
                outScores.add(candidate[best]);
            }
            candidate[best] = Double.NEGATIVE_INFINITY;
        }
    }

    private static int argMax(double[] values) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (values[i] != Double.NEGATIVE_INFINITY && (best < 0 || values[i] > values[best])) best = i;
        }
        return best;
    }

    /**
     * The rule-based spelling always stays possible, with a small probability: the training pairs
     * do not cover every unit in every position (no Arabic name in them starts with "A").
     */
    private static Chunk[] withRule(Chunk @Nullable [] learned, String rule) {
        if (learned == null) return new Chunk[] {new Chunk(rule, 0.0)};
        for (Chunk c : learned) {
            if (c.latin().equals(rule)) return learned;
        }
        Chunk[] out = Arrays.copyOf(learned, learned.length + 1);
        out[learned.length] = new Chunk(rule, RULE_LOG_PROB);
        return out;
    }

    /** Each unit's spellings (rule-based one included) for the channel model; empty when no unit is known. */
    Chunk[][] unitOptions(Script script, String word) {
        List<String> units = Units.split(script, word);
        Chunk[][] out = new Chunk[units.size()][];
        boolean anyKnown = false;
        for (int u = 0; u < out.length; u++) {
            Resolved r = resolve(script, units.get(u));
            anyKnown |= r.known();
            out[u] = r.options().clone();
        }
        return anyKnown ? out : new Chunk[0][];
    }

    private Chunk @Nullable [] options(Script script, String unit) {
        Map<String, Chunk[]> table = chunks.get(script);
        if (table == null) return null;
        Chunk[] c = table.get(unit);
        return c != null ? c : table.get("*|" + Units.bare(unit));
    }

    private static LearnedTables load() {
        Map<Script, Map<String, Chunk[]>> map = new EnumMap<>(Script.class);
        try (InputStream in = LearnedTables.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return new LearnedTables(map);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                String[] opts = f[2].split(" ");
                Chunk[] cs = new Chunk[opts.length];
                for (int i = 0; i < opts.length; i++) {
                    int eq = opts[i].lastIndexOf('=');
                    cs[i] = new Chunk(
                            opts[i].substring(0, eq), Math.log(Double.parseDouble(opts[i].substring(eq + 1))));
                }
                map.computeIfAbsent(Script.valueOf(f[0]), x -> new HashMap<>()).put(f[1], cs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LearnedTables(map);
    }
}
