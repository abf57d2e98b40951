package org.pravaas.match;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pravaas.match.internal.io.CsvParser;

/** Precision, recall and F1 of predicted record pairs against the true entities. */
public record PairEvaluation(long truePositives, long falsePositives, long falseNegatives) {
    private static final Pattern FEBRL = Pattern.compile("rec-(\\d+)-(org|dup-\\d+)");

    /**
     * Compares predicted entities (clusters of ids) with the truth (id → entity), counting pairs
     * without listing them, so that a million records fit. Ids without truth are their own entity.
     */
    public static PairEvaluation ofClusters(
            Collection<? extends Collection<String>> predicted, Map<String, String> truth) {
        long predictedPairs = 0;
        long truePositives = 0;
        for (Collection<String> cluster : predicted) {
            predictedPairs += pairs(cluster.size());
            Map<String, Integer> byEntity = new HashMap<>();
            for (String id : cluster) byEntity.merge(truth.getOrDefault(id, "\u0000" + id), 1, Integer::sum);
            for (int n : byEntity.values()) truePositives += pairs(n);
        }
        Map<String, Integer> entitySizes = new HashMap<>();
        for (String entity : truth.values()) entitySizes.merge(entity, 1, Integer::sum);
        long truePairs = 0;
        for (int n : entitySizes.values()) truePairs += pairs(n);
        return new PairEvaluation(truePositives, predictedPairs - truePositives, truePairs - truePositives);
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    /**
     * Evaluates a pair file as {@link PairWriter} writes it ({@code left_id,right_id,probability,…}):
     * pairs at or above the threshold are clustered, then compared with the truth.
     */
    public static PairEvaluation ofPairFile(Path pairs, Map<String, String> truth, double threshold)
            throws IOException {
        Clusters clusters = new Clusters(threshold);
        try (Reader in = Files.newBufferedReader(pairs, StandardCharsets.UTF_8)) {
            CsvParser csv = new CsvParser(in, pairs.toString());
            List<String> header = csv.next();
            if (header == null || header.size() < 3 || !header.get(0).equals("left_id")) {
                throw new CsvFormatException(
                        pairs.toString(), 1, 0, "expected a header starting left_id,right_id,probability");
            }
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (row.size() < 3)
                    throw new CsvFormatException(pairs.toString(), csv.rowLine(), 0, "expected at least 3 fields");
                if (probability(row.get(2), pairs, csv.rowLine()) >= threshold) clusters.union(row.get(0), row.get(1));
            }
        }
        return ofClusters(clusters.clusters(), truth);
    }

    private static double probability(String text, Path file, long line) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new CsvFormatException(file.toString(), line, 3, "not a probability: '" + text + "'");
        }
    }

    /** Febrl's truth is in its ids: {@code rec-N-org} and {@code rec-N-dup-K} are entity N. */
    public static Map<String, String> febrlTruth(Collection<String> ids) {
        Map<String, String> truth = new HashMap<>();
        for (String id : ids) {
            Matcher m = FEBRL.matcher(id);
            if (m.matches()) truth.put(id, m.group(1));
        }
        return truth;
    }

    public double precision() {
        long p = truePositives + falsePositives;
        return p == 0 ? 1 : (double) truePositives / p;
    }

    public double recall() {
        long t = truePositives + falseNegatives;
        return t == 0 ? 1 : (double) truePositives / t;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
