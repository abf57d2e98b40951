package org.pravaas.match.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pravaas.match.FieldType;
import org.pravaas.match.internal.compare.DamerauLevenshtein;
import org.pravaas.match.internal.compare.JaroWinkler;
import org.pravaas.match.internal.compare.NameSimilarity;
import org.pravaas.match.internal.score.DateValue;
import org.pravaas.match.internal.score.Levels;
import org.pravaas.match.internal.text.LatinKeys;
import org.pravaas.match.internal.text.NameForms;
import org.pravaas.match.internal.text.Normaliser;

class GoldenTablesTest {
    @Test
    void normalisesNamesAsTheGoldenTableSays() throws IOException {
        for (String[] row : rows("normalisation.csv")) {
            assertThat(String.join(" ", Normaliser.tokens(row[0]))).as(row[0]).isEqualTo(row[1]);
        }
    }

    @Test
    void transliteratesEachNativeTokenToTheUsualLatinSpellingAmongOthers() throws IOException {
        for (String[] row : rows("transliteration.csv")) {
            assertThat(LatinKeys.of(Normaliser.tokens(row[0]).get(0)))
                    .as(row[0])
                    .contains(row[1]);
        }
    }

    @Test
    void comparesNamesAcrossScriptsOrdersAndSpellingsWithinTheExpectedRange() throws IOException {
        for (String[] row : rows("names.csv")) {
            double s = NameSimilarity.of(NameForms.of(row[0]), NameForms.of(row[1]));
            assertThat(s)
                    .as(row[0] + " vs " + row[1])
                    .isBetween(Double.parseDouble(row[2]), Double.parseDouble(row[3]));
        }
    }

    @Test
    void comparatorsGiveTheGoldenValues() throws IOException {
        for (String[] row : rows("comparators.csv")) {
            String what = row[0] + " " + row[1] + "/" + row[2];
            switch (row[0]) {
                case "jw" -> assertThat(JaroWinkler.similarity(row[1], row[2]))
                        .as(what)
                        .isCloseTo(Double.parseDouble(row[3]), within(0.0006));
                case "dl" -> assertThat(DamerauLevenshtein.distance(row[1], row[2]))
                        .as(what)
                        .isEqualTo(Integer.parseInt(row[3]));
                default -> assertThat(Levels.compare(
                                FieldType.DATE,
                                DateValue.parse(row[1], false),
                                DateValue.parse(row[2], false),
                                new double[1]))
                        .as(what)
                        .isEqualTo(Integer.parseInt(row[3]));
            }
        }
    }

    @Test
    void oneEditAwayAgreesWithTheFullDistance() {
        String[][] pairs = {
            {"abc", "abd"}, {"abc", "acb"}, {"abc", "abcd"}, {"abc", "xbcy"}, {"", "a"}, {"ab", "ba"}, {"abc", "cab"}
        };
        for (String[] p : pairs) {
            assertThat(DamerauLevenshtein.withinOne(p[0], p[1]))
                    .as(p[0] + "/" + p[1])
                    .isEqualTo(DamerauLevenshtein.distance(p[0], p[1]) <= 1);
        }
    }

    private static List<String[]> rows(String name) throws IOException {
        try (InputStream in = GoldenTablesTest.class.getResourceAsStream("/golden/" + name)) {
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.split(",", -1));
            }
            return out;
        }
    }
}
