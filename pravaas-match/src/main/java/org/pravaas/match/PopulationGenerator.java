package org.pravaas.match;

import java.io.IOException;
import java.io.Writer;
import java.util.SplittableRandom;
import org.pravaas.match.internal.gen.Population;

/**
 * A synthetic, multilingual population with planted duplicates and their ground truth, for
 * testing and benchmarking: names drawn with realistic frequencies per country (India, Syria,
 * Korea, Colombia, France, United Kingdom), in native scripts or varied Latin spellings, and
 * duplicates carrying typos, OCR slips, swapped day/month, shifted years, gaps, reordered and
 * changed names. The same count and seed give the same file.
 */
public final class PopulationGenerator {
    public static final String HEADER =
            "id,entity_id,given_name,family_name,date_of_birth,sex,nationality,passport_number,city";

    private PopulationGenerator() {}

    /** Writes {@code count} records (header first) and returns how many distinct people they hold. */
    public static long generate(int count, long seed, Writer out) throws IOException {
        if (count < 0) throw new IllegalArgumentException("count must not be negative");
        out.write(HEADER + "\n");
        return new Population(new SplittableRandom(seed)).write(count, out);
    }
}
