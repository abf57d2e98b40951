package org.pravaas.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CandidateKeysTest {
    private static final Schema SCHEMA = Schema.of(
            new FieldSpec("given", FieldType.NAME),
            new FieldSpec("family", FieldType.NAME),
            new FieldSpec("dob", FieldType.DATE),
            new FieldSpec("passport", FieldType.IDENTIFIER));
    private final CandidateKeys keys = new CandidateKeys(SCHEMA);

    private static MatchRecord person(String given, String family, String dob, String passport) {
        return new MatchRecord("x", new String[] {given, family, dob, passport});
    }

    private static boolean shareAKey(long[] a, long[] b) {
        return Arrays.stream(a).anyMatch(k -> Arrays.binarySearch(b, k) >= 0);
    }

    @Test
    void anArabicRecordIsFoundByItsLatinSpellingThroughASelectiveKey() {
        long[] stored =
                keys.stored(person("محمد", "الأحمد", "1990-03-14", null)).all();
        CandidateKeys.Keys probe = keys.probe(person("Mohammed", "Al-Ahmad", "1990-03-14", null));
        assertThat(shareAKey(probe.selective(), stored)).isTrue();
    }

    @Test
    void aSwappedDayAndMonthIsFoundBecauseTheProbeCarriesDateVariants() {
        long[] stored =
                keys.stored(person("Anna", "Eriksson", "1974-08-12", null)).all();
        CandidateKeys.Keys probe = keys.probe(person("Ana", "Erikson", "1974-12-08", null));
        assertThat(shareAKey(probe.selective(), stored)).isTrue();
        assertThat(probe.selective().length)
                .isGreaterThan(keys.stored(person("Ana", "Erikson", "1974-12-08", null))
                        .selective()
                        .length);
    }

    @Test
    void aPersonWithoutABirthDateIsFoundOnlyThroughBroadKeys() {
        long[] stored =
                keys.stored(person("Anna", "Eriksson", "1974-08-12", null)).all();
        CandidateKeys.Keys probe = keys.probe(person("Anna", "Eriksson", null, null));
        assertThat(probe.selective()).isEmpty();
        assertThat(shareAKey(probe.broad(), stored)).isTrue();
    }

    @Test
    void aPassportNumberAloneLinksTwoDifferentlyNamedRecords() {
        long[] stored = keys.stored(person("Anna", "Eriksson", "1974-08-12", "L898902C3"))
                .all();
        long[] probe =
                keys.probe(person("Maria", "Berg", "1980-01-01", "L898902C3")).selective();
        assertThat(shareAKey(probe, stored)).isTrue();
    }

    @Test
    void differentPeopleShareNoKey() {
        long[] stored = keys.stored(person("Anna", "Eriksson", "1974-08-12", "L898902C3"))
                .all();
        CandidateKeys.Keys probe = keys.probe(person("Rajesh", "Kumar", "1985-05-20", "Z1234567"));
        assertThat(shareAKey(probe.selective(), stored)).isFalse();
        assertThat(shareAKey(probe.broad(), stored)).isFalse();
    }
}
