package org.pravaas.match;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pravaas.match.internal.text.NameForms;
import org.pravaas.match.internal.text.Phonetic;

/**
 * The keys under which a name can be indexed for online candidate search (for example in
 * PostgreSQL): its dominant script, its Latin readings (lowercase ASCII tokens separated by
 * spaces, most likely first) and the phonetic codes of their tokens. Two spellings of one name in
 * different scripts usually share a phonetic code.
 *
 * @param script the dominant script, e.g. {@code LATIN}, {@code DEVANAGARI}, {@code HANGUL}, {@code ARABIC}
 */
public record NameKeys(String script, List<String> latinReadings, List<String> phoneticCodes) {
    public NameKeys {
        latinReadings = List.copyOf(latinReadings);
        phoneticCodes = List.copyOf(phoneticCodes);
    }

    /** Empty when the text holds no letters. */
    public static Optional<NameKeys> of(String name) {
        NameForms forms = NameForms.of(name);
        if (forms == null) return Optional.empty();
        Set<String> readings = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        for (int r = 0; r < forms.readingCount(); r++) {
            StringBuilder reading = new StringBuilder();
            for (char[] token : forms.reading(r)) {
                if (reading.length() > 0) reading.append(' ');
                reading.append(token);
                codes.add(Phonetic.code(new String(token)));
            }
            readings.add(reading.toString());
        }
        return Optional.of(new NameKeys(forms.script().name(), List.copyOf(readings), List.copyOf(codes)));
    }
}
