package org.pravaas.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.StringReader;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pravaas.match.internal.text.NameForms;

/** Random Unicode garbage never breaks the engine: it is matched, or reported as a file error. */
class RobustnessTest {
    private static final Schema SCHEMA = Schema.of(
            new FieldSpec("name", FieldType.NAME),
            new FieldSpec("dob", FieldType.DATE),
            new FieldSpec("id_number", FieldType.IDENTIFIER),
            new FieldSpec("city", FieldType.TEXT),
            new FieldSpec("sex", FieldType.CATEGORY));

    private static String garbage(SplittableRandom r) {
        StringBuilder s = new StringBuilder();
        int n = r.nextInt(25);
        for (int i = 0; i < n; i++) {
            int cp =
                    switch (r.nextInt(6)) {
                        case 0 -> r.nextInt(0x80);
                        case 1 -> 0x0900 + r.nextInt(0x80);
                        case 2 -> 0xAC00 + r.nextInt(11172);
                        case 3 -> 0x0600 + r.nextInt(0x100);
                        case 4 -> r.nextInt(0x300);
                        default -> r.nextInt(0x10FFFF);
                    };
            if (Character.isSurrogate((char) cp)) cp = '?';
            s.appendCodePoint(cp);
        }
        return s.toString();
    }

    @Test
    void comparingRandomUnicodeNeverThrowsAndStaysAProbability() {
        SplittableRandom r = new SplittableRandom(1);
        Matcher matcher = new Matcher(Model.untrained(SCHEMA), MatchOptions.defaults());
        for (int i = 0; i < 3000; i++) {
            MatchRecord a =
                    new MatchRecord("a", new String[] {garbage(r), garbage(r), garbage(r), garbage(r), garbage(r)});
            MatchRecord b =
                    new MatchRecord("b", new String[] {garbage(r), garbage(r), garbage(r), garbage(r), garbage(r)});
            assertThat(matcher.score(a, b).probability()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void preparingRandomNamesNeverThrows() {
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < 5000; i++) {
            String s = garbage(r);
            assertThatCode(() -> NameForms.of(s)).as(s).doesNotThrowAnyException();
        }
    }

    @Test
    void readingRandomTextEitherWorksOrNamesTheProblem() {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 500; i++) {
            String csv =
                    "id,name,dob\n" + garbage(r).replace('\u0000', ',') + "\n" + garbage(r) + ",\"" + garbage(r) + "\n";
            try {
                RecordFiles.read(new StringReader(csv), "random.csv", ReadOptions.defaults());
            } catch (CsvFormatException e) {
                assertThat(e.getMessage()).startsWith("random.csv:");
            } catch (Exception e) {
                throw new AssertionError("unexpected " + e + " for " + csv, e);
            }
        }
    }

    @Test
    void dedupingRandomRecordsNeverThrows() {
        SplittableRandom r = new SplittableRandom(4);
        java.util.List<MatchRecord> records = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++)
            records.add(new MatchRecord(
                    "r" + i, new String[] {garbage(r), garbage(r), garbage(r), garbage(r), garbage(r)}));
        assertThatCode(() -> new Matcher(
                                Matcher.train(SCHEMA, records, MatchOptions.defaults()), MatchOptions.defaults())
                        .dedupe(records, p -> {}))
                .doesNotThrowAnyException();
    }
}
