package org.pravaas.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Links the 2,000 Latin names of each script in shared/data/xscript/dev_pairs.tsv against its 2,000
 * native names, ten candidates each, and checks how often the right one comes first and among the
 * ten. The transliteration tables were learned from train_pairs.tsv only.
 */
class CrossScriptRetrievalTest {
    private static final Schema SCHEMA = Schema.of(new FieldSpec("name", FieldType.NAME));

    @ParameterizedTest(name = "{0}: top-1 at least {1}, top-10 at least {2}")
    @CsvSource({"hi, 0.93, 0.99", "ko, 0.94, 0.98", "ar, 0.84, 0.97"})
    void findsTheNativeNameOfALatinNameAmongItsTopCandidates(String script, double top1, double top10)
            throws IOException {
        List<String[]> pairs = pairs(script);
        List<MatchRecord> latin = new ArrayList<>();
        List<MatchRecord> nativeNames = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            latin.add(new MatchRecord("l" + i, new String[] {pairs.get(i)[1]}));
            nativeNames.add(new MatchRecord("n" + i, new String[] {pairs.get(i)[2]}));
        }
        Map<String, List<String>> ranked = new HashMap<>();
        new Matcher(Model.untrained(SCHEMA), MatchOptions.defaults())
                .linkTopK(latin, nativeNames, 10, p -> ranked.computeIfAbsent(p.leftId(), k -> new ArrayList<>())
                        .add(p.rightId()));
        int first = 0;
        int inTen = 0;
        for (int i = 0; i < pairs.size(); i++) {
            List<String> candidates = ranked.getOrDefault("l" + i, List.of());
            String truth = pairs.get(i)[2];
            if (!candidates.isEmpty() && text(pairs, candidates.get(0)).equals(truth)) first++;
            if (candidates.stream().anyMatch(c -> text(pairs, c).equals(truth))) inTen++;
        }
        double n = pairs.size();
        System.out.printf(
                "cross-script %s: top-1 %.4f, top-10 %.4f over %d pairs%n", script, first / n, inTen / n, pairs.size());
        assertThat(first / n).as("top-1").isGreaterThanOrEqualTo(top1);
        assertThat(inTen / n).as("top-10").isGreaterThanOrEqualTo(top10);
    }

    /** The same native text twice (two people named alike) counts as found. */
    private static String text(List<String[]> pairs, String nativeId) {
        return pairs.get(Integer.parseInt(nativeId.substring(1)))[2];
    }

    private static List<String[]> pairs(String script) throws IOException {
        Path file = SharedData.require("xscript").resolve("dev_pairs.tsv");
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length == 3 && f[0].equals(script)) out.add(f);
        }
        return out;
    }
}
