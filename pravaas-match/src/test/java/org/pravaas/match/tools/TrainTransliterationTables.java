package org.pravaas.match.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.pravaas.match.internal.text.Latin;
import org.pravaas.match.internal.text.Normaliser;
import org.pravaas.match.internal.text.Script;
import org.pravaas.match.internal.text.Units;

/**
 * Learns the transliteration tables from shared/data/xscript/train_pairs.tsv (never from the dev
 * pairs) by expectation-maximisation over monotone alignments of native units to Latin chunks.
 * Usage: {@code TrainTransliterationTables <train_pairs.tsv> <out.tsv> [holdoutPerScript]}.
 */
public final class TrainTransliterationTables {
    private static final int ITERATIONS = 8;
    private static final double MIN_PROB = 0.03;
    private static final int MAX_OPTIONS = 6;

    record WordPair(String[] units, String[] hints, String latin) {}

    public static void main(String[] args) throws IOException {
        int holdout = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Map<Script, List<WordPair>> pairs = read(Path.of(args[0]), holdout);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            for (var e : pairs.entrySet()) {
                int maxLen = e.getKey() == Script.HANGUL ? 5 : 4;
                Map<String, Map<String, Double>> theta = train(e.getValue(), maxLen);
                write(out, e.getKey(), theta);
                System.out.printf(
                        "%s: %d word pairs, %d units%n",
                        e.getKey(), e.getValue().size(), theta.size());
            }
        }
    }

    static Map<Script, List<WordPair>> read(Path file, int holdout) throws IOException {
        Map<String, List<String[]>> rows = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length == 3 && !f[0].equals("script"))
                rows.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
        }
        Map<Script, List<WordPair>> out = new TreeMap<>();
        for (List<String[]> list : rows.values()) {
            for (String[] f : list.subList(0, list.size() - holdout)) {
                addWords(f[1], f[2], out);
            }
        }
        return out;
    }

    private static void addWords(String latinName, String nativeName, Map<Script, List<WordPair>> out) {
        List<String> lat = new ArrayList<>();
        for (String t : Normaliser.fold(latinName).split(" ")) {
            String a = Latin.ascii(t);
            if (!a.isEmpty()) lat.add(a);
        }
        String[] nat = Normaliser.fold(nativeName).split(" ");
        Script script = Script.of(nativeName);
        boolean learned = script == Script.DEVANAGARI || script == Script.HANGUL || script == Script.ARABIC;
        if (nat.length != lat.size() || !learned) return;
        for (int i = 0; i < nat.length; i++) {
            if (Script.of(nat[i]) != script) return;
        }
        List<WordPair> list = out.computeIfAbsent(script, k -> new ArrayList<>());
        for (int i = 0; i < nat.length; i++) {
            // The Arabic article is often dropped in Latin: learn from the word without it.
            String l = lat.get(i);
            if (nat[i].startsWith("ال") && nat[i].length() > 3 && !l.startsWith("al") && !l.startsWith("el")) {
                nat[i] = nat[i].substring(2);
            }
            String[] units = Units.split(script, nat[i]).toArray(String[]::new);
            String[] hints = new String[units.length];
            for (int u = 0; u < units.length; u++) hints[u] = Units.ruleLatin(script, Units.bare(units[u]));
            list.add(new WordPair(units, hints, lat.get(i)));
        }
    }

    static Map<String, Map<String, Double>> train(List<WordPair> pairs, int maxLen) {
        Map<String, Map<String, Double>> theta = new HashMap<>();
        for (int it = 0; it < ITERATIONS; it++) {
            Map<String, Map<String, Double>> counts = new HashMap<>();
            for (WordPair p : pairs) new Alignment(p, maxLen, theta, it == 0).addExpectedCounts(counts);
            theta = normalise(counts);
        }
        addBackoff(theta);
        return theta;
    }

    private static Map<String, Map<String, Double>> normalise(Map<String, Map<String, Double>> counts) {
        Map<String, Map<String, Double>> theta = new HashMap<>();
        counts.forEach((unit, chunks) -> {
            double total =
                    chunks.values().stream().mapToDouble(Double::doubleValue).sum();
            Map<String, Double> probs = new HashMap<>();
            chunks.forEach((c, v) -> probs.put(c, v / total));
            probs.put("#count", total);
            theta.put(unit, probs);
        });
        return theta;
    }

    /** Position-free statistics for units seen rarely in a given position. */
    private static void addBackoff(Map<String, Map<String, Double>> theta) {
        Map<String, Map<String, Double>> bare = new HashMap<>();
        theta.forEach((unit, probs) -> {
            double n = probs.get("#count");
            Map<String, Double> b = bare.computeIfAbsent("*|" + Units.bare(unit), k -> new HashMap<>());
            probs.forEach((c, p) -> b.merge(c, c.equals("#count") ? p : p * n, Double::sum));
        });
        bare.forEach((unit, counts) -> {
            double n = counts.get("#count");
            counts.replaceAll((c, v) -> c.equals("#count") ? v : v / n);
            theta.put(unit, counts);
        });
    }

    private static void write(PrintWriter out, Script script, Map<String, Map<String, Double>> theta) {
        new TreeMap<>(theta).forEach((unit, probs) -> {
            if (probs.get("#count") < 2) return;
            List<Map.Entry<String, Double>> best = probs.entrySet().stream()
                    .filter(e -> !e.getKey().equals("#count") && e.getValue() >= MIN_PROB)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(MAX_OPTIONS)
                    .toList();
            if (best.isEmpty()) return;
            StringBuilder line =
                    new StringBuilder(script.name()).append('\t').append(unit).append('\t');
            for (var e : best)
                line.append(e.getKey())
                        .append('=')
                        .append(String.format(Locale.ROOT, "%.3f", e.getValue()))
                        .append(' ');
            out.println(line.toString().strip());
        });
    }
}
