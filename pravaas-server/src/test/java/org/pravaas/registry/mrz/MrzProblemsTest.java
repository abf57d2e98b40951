package org.pravaas.registry.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pravaas.registry.mrz.Specimens.TODAY;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every problem a zone can have is reported, with the field and place it concerns. */
class MrzProblemsTest {
    private record Expected(String zone, MrzField field, int line, int column, List<Object> args) {}

    private static final Map<MrzProblem, Expected> ONE_OF_EACH = new EnumMap<>(Map.of(
            MrzProblem.WRONG_LINE_COUNT,
            new Expected("P<UTOERIKSSON<<ANNA", MrzField.ZONE, 0, 0, List.of(1)),
            MrzProblem.WRONG_LINE_LENGTH,
            new Expected(
                    Specimens.TD3.substring(0, Specimens.TD3.length() - 1), MrzField.ZONE, 2, 0, List.of(2, 44, 43)),
            MrzProblem.INNER_SPACE,
            new Expected(Specimens.replace(Specimens.TD1, 3, 9, ' '), MrzField.NAME, 3, 9, List.of(3, 9)),
            MrzProblem.INVALID_CHARACTER,
            new Expected(Specimens.replace(Specimens.TD3, 1, 10, 'ö'), MrzField.NAME, 1, 10, List.of(1, 10, "ö")),
            MrzProblem.UNEXPECTED_CHARACTER,
            new Expected(
                    Specimens.replace(Specimens.TD3, 2, 15, 'O'),
                    MrzField.BIRTH_DATE,
                    2,
                    15,
                    List.of(MrzField.BIRTH_DATE, 2, 15, "O")),
            MrzProblem.CHECK_DIGIT,
            new Expected(
                    Specimens.replace(Specimens.TD2, 2, 20, '5'),
                    MrzField.BIRTH_DATE,
                    2,
                    20,
                    List.of(MrzField.BIRTH_DATE, "2", "5")),
            MrzProblem.IMPOSSIBLE_DATE,
            new Expected(
                    Specimens.replace(Specimens.TD3, 2, 16, '1'),
                    MrzField.BIRTH_DATE,
                    2,
                    14,
                    List.of(MrzField.BIRTH_DATE, "741812"))));

    @Test
    void everyProblemIsReachableAndReportedWithItsFieldPlaceAndArguments() {
        assertThat(ONE_OF_EACH.keySet()).containsExactlyInAnyOrder(MrzProblem.values());
        ONE_OF_EACH.forEach((problem, expected) -> assertThatThrownBy(() -> Mrz.parse(expected.zone(), TODAY))
                .as(problem.name())
                .isInstanceOfSatisfying(MrzException.class, e -> {
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.messageKey()).isEqualTo(problem.messageKey());
                    assertThat(e.field()).isEqualTo(expected.field());
                    assertThat(e.line()).isEqualTo(expected.line());
                    assertThat(e.column()).isEqualTo(expected.column());
                    assertThat(e.messageArgs()).containsExactlyElementsOf(expected.args());
                }));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "nothing at all||0",
                "one line of a passport|P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<|1",
                "two lines of a TD1 card|I<UTOD231458907<<<<<<<<<<<<<<<\\n7408122F1204159UTO<<<<<<<<<<<6|2",
                "three lines of a passport|"
                        + "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\n"
                        + "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<|3",
                "four lines|A\\nB\\nC\\nD|4",
            })
    void countsTheLinesItFound(String what, String zone, int found) {
        String text = zone == null ? "  \n " : zone.replace("\\n", "\n");
        assertThatThrownBy(() -> Mrz.parse(text, TODAY)).isInstanceOfSatisfying(MrzException.class, e -> {
            assertThat(e.problem()).isEqualTo(MrzProblem.WRONG_LINE_COUNT);
            assertThat(e.messageArgs()).containsExactly(found);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a TD1 card with a short middle line|3|2|30|29",
                "a passport with a long second line|2|2|44|45",
                "a TD2 document with a short first line|2|1|36|35",
                "a passport with a short first line|2|1|44|41",
            })
    void namesTheLineOfTheWrongLengthAndTheLengthExpected(String what, int lines, int line, int expected, int found) {
        StringBuilder zone = new StringBuilder();
        for (int l = 1; l <= lines; l++) {
            int length = l == line ? found : expected;
            zone.append(l == 1 ? "" : "\n").append("<".repeat(length));
        }
        assertThatThrownBy(() -> Mrz.parse(zone.toString(), TODAY)).isInstanceOfSatisfying(MrzException.class, e -> {
            assertThat(e.problem()).isEqualTo(MrzProblem.WRONG_LINE_LENGTH);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.messageArgs()).containsExactly(line, expected, found);
        });
    }

    @Test
    void expectsTheNearerLengthWhenNeitherLineHasAKnownOne() {
        assertThatThrownBy(() -> Mrz.parse("<".repeat(41) + "\n" + "<".repeat(41), TODAY))
                .isInstanceOfSatisfying(
                        MrzException.class, e -> assertThat(e.messageArgs()).containsExactly(1, 44, 41));
        assertThatThrownBy(() -> Mrz.parse("<".repeat(38) + "\n" + "<".repeat(39), TODAY))
                .isInstanceOfSatisfying(
                        MrzException.class, e -> assertThat(e.messageArgs()).containsExactly(1, 36, 38));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "a filler first in the document code, 1, 1, <, DOCUMENT_CODE",
        "a digit in the document code, 1, 2, 1, DOCUMENT_CODE",
        "a digit in the issuing state, 1, 4, 1, ISSUING_STATE",
        "a letter after a filler in the issuing state, 1, 4, <, ISSUING_STATE",
        "a digit in the name, 1, 8, 8, NAME",
        "a digit in the nationality, 2, 11, 0, NATIONALITY",
        "a sex that is not M F X or <, 2, 21, K, SEX",
        "a letter in the date of expiry, 2, 25, I, EXPIRY_DATE",
    })
    void namesTheFieldThatCannotHoldACharacter(String what, int line, int column, char c, MrzField field) {
        String zone = Specimens.replace(Specimens.TD3, line, column, c);
        assertThatThrownBy(() -> Mrz.parse(zone, TODAY)).isInstanceOfSatisfying(MrzException.class, e -> {
            assertThat(e.problem()).isEqualTo(MrzProblem.UNEXPECTED_CHARACTER);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.line()).isEqualTo(line);
        });
    }

    @Test
    void aFillerForTheCheckDigitOfAPassportNumberIsACheckDigitProblem() {
        String zone = Specimens.replace(Specimens.TD3, 2, 10, '<');
        assertThatThrownBy(() -> Mrz.parse(zone, TODAY))
                .isInstanceOfSatisfying(MrzException.class, e -> assertThat(e.messageArgs())
                        .containsExactly(MrzField.DOCUMENT_NUMBER, "6", "<"));
    }

    @Test
    void aCorruptedCheckDigitOfALongDocumentNumberIsFoundInTheOptionalData() {
        String zone = Specimens.replace(Specimens.TD1_LONG_NUMBER, 1, 18, '5');
        assertThatThrownBy(() -> Mrz.parse(zone, TODAY)).isInstanceOfSatisfying(MrzException.class, e -> {
            assertThat(e.field()).isEqualTo(MrzField.DOCUMENT_NUMBER);
            assertThat(e.column()).isEqualTo(19);
        });
    }
}
