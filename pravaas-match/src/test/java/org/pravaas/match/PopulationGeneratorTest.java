package org.pravaas.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PopulationGeneratorTest {
    private static String generate(int count, long seed) throws IOException {
        StringWriter out = new StringWriter();
        PopulationGenerator.generate(count, seed, out);
        return out.toString();
    }

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnother() throws IOException {
        assertThat(generate(500, 3)).isEqualTo(generate(500, 3)).isNotEqualTo(generate(500, 4));
    }

    @Test
    void writesExactlyTheRequestedRecordsWithPlantedDuplicatesAndTheirTruth() throws IOException {
        RecordSet set = RecordFiles.read(new StringReader(generate(2000, 5)), "gen", ReadOptions.defaults());
        assertThat(set.records()).hasSize(2000);
        long entities = set.truth().values().stream().distinct().count();
        assertThat(entities).isBetween(1000L, 1900L);
    }

    @Test
    void writesNamesInNativeScriptsAsWellAsLatin() throws IOException {
        String csv = generate(3000, 9);
        assertThat(csv)
                .containsPattern("\\p{IsHangul}")
                .containsPattern("\\p{IsArabic}")
                .containsPattern("\\p{IsDevanagari}");
    }
}
