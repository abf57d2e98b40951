package org.pravaas.match.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.pravaas.match.internal.compare.NameSimilarity;
import org.pravaas.match.internal.text.NameForms;

/**
 * Prints top-1 and top-10 retrieval of native names from Latin ones, per script. Usage:
 * {@code CrossScriptEval <pairs.tsv> [lastN]} — lastN evaluates only the last N pairs of each
 * script (the hold-out of a training run).
 */
public final class CrossScriptEval {
    public static void main(String[] args) throws IOException {
        int lastN = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        for (String script : List.of("hi", "ko", "ar")) {
            List<String[]> rows = new ArrayList<>();
            for (String l : lines) {
                String[] f = l.split("\t");
                if (f.length == 3 && f[0].equals(script)) rows.add(f);
            }
            rows = rows.subList(Math.max(0, rows.size() - lastN), rows.size());
            double[] r = evaluate(rows);
            System.out.printf("%s n=%d top1=%.4f top10=%.4f%n", script, rows.size(), r[0], r[1]);
        }
    }

    static double[] evaluate(List<String[]> rows) {
        int n = rows.size();
        NameForms[] lat = new NameForms[n];
        NameForms[] nat = new NameForms[n];
        for (int i = 0; i < n; i++) {
            lat[i] = NameForms.of(rows.get(i)[1]);
            nat[i] = NameForms.of(rows.get(i)[2]);
        }
        int[] ranks = IntStream.range(0, n)
                .parallel()
                .map(i -> rank(i, lat, nat, rows))
                .toArray();
        long top1 = IntStream.of(ranks).filter(r -> r == 0).count();
        long top10 = IntStream.of(ranks).filter(r -> r < 10).count();
        return new double[] {(double) top1 / n, (double) top10 / n};
    }

    /** Candidates scoring higher than the true one, ties counted against it; same native text is a hit. */
    private static int rank(int i, NameForms[] lat, NameForms[] nat, List<String[]> rows) {
        if (lat[i] == null || nat[i] == null) return Integer.MAX_VALUE;
        double truth = NameSimilarity.of(lat[i], nat[i]);
        int rank = 0;
        for (int j = 0; j < nat.length; j++) {
            if (j == i || nat[j] == null || rows.get(j)[2].equals(rows.get(i)[2])) continue;
            if (NameSimilarity.of(lat[i], nat[j]) >= truth) rank++;
        }
        return rank;
    }
}
