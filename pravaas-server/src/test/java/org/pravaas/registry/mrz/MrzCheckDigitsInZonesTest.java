package org.pravaas.registry.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pravaas.registry.mrz.Specimens.TODAY;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every check digit of every specimen, corrupted in turn, is reported for its own field with the
 * digit expected and the one found; and the composite covers exactly the ranges Doc 9303 gives it.
 */
class MrzCheckDigitsInZonesTest {
    @ParameterizedTest(name = "{0} line {1} column {2}: {3}")
    @CsvSource({
        "TD3, 2, 10, DOCUMENT_NUMBER, 6",
        "TD3, 2, 20, BIRTH_DATE, 2",
        "TD3, 2, 28, EXPIRY_DATE, 9",
        "TD3, 2, 43, PERSONAL_NUMBER, 1",
        "TD3, 2, 44, COMPOSITE, 0",
        "TD1, 1, 15, DOCUMENT_NUMBER, 7",
        "TD1, 2, 7, BIRTH_DATE, 2",
        "TD1, 2, 15, EXPIRY_DATE, 9",
        "TD1, 2, 30, COMPOSITE, 6",
        "TD2, 2, 10, DOCUMENT_NUMBER, 7",
        "TD2, 2, 20, BIRTH_DATE, 2",
        "TD2, 2, 28, EXPIRY_DATE, 9",
        "TD2, 2, 36, COMPOSITE, 6",
        "TD1_LONG_NUMBER, 1, 19, DOCUMENT_NUMBER, 9",
        "TD1_LONG_NUMBER, 2, 7, BIRTH_DATE, 7",
        "TD1_LONG_NUMBER, 2, 15, EXPIRY_DATE, 2",
        "TD1_LONG_NUMBER, 2, 30, COMPOSITE, 2",
        "MRV_A, 2, 10, DOCUMENT_NUMBER, 4",
        "MRV_A, 2, 20, BIRTH_DATE, 8",
        "MRV_A, 2, 28, EXPIRY_DATE, 9",
        "MRV_B, 2, 10, DOCUMENT_NUMBER, 4",
        "MRV_B, 2, 20, BIRTH_DATE, 8",
        "MRV_B, 2, 28, EXPIRY_DATE, 9",
    })
    void aCorruptedCheckDigitNamesItsField(String specimen, int line, int column, MrzField field, char digit)
            throws ReflectiveOperationException {
        char wrong = (char) ('0' + (digit - '0' + 3) % 10);
        String zone = Specimens.replace(specimen(specimen), line, column, wrong);

        assertThatThrownBy(() -> Mrz.parse(zone, TODAY)).isInstanceOfSatisfying(MrzException.class, e -> {
            assertThat(e.problem()).isEqualTo(MrzProblem.CHECK_DIGIT);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.column()).isEqualTo(column);
            assertThat(e.messageKey()).isEqualTo("registry.mrz.check-digit");
            assertThat(e.messageArgs()).containsExactly(field, String.valueOf(digit), String.valueOf(wrong));
        });
    }

    @ParameterizedTest(name = "{0} line {1} column {2}")
    @CsvSource({
        "TD3, 2, 1, DOCUMENT_NUMBER", // L898902C3 → M898902C3
        "TD3, 2, 15, BIRTH_DATE",
        "TD3, 2, 23, EXPIRY_DATE",
        "TD1, 1, 7, DOCUMENT_NUMBER",
        "TD1, 2, 2, BIRTH_DATE",
        "TD2, 2, 23, EXPIRY_DATE",
        "MRV_B, 2, 2, DOCUMENT_NUMBER",
    })
    void aChangedCharacterIsCaughtByItsFieldsCheckDigit(String specimen, int line, int column, MrzField field)
            throws ReflectiveOperationException {
        String original = specimen(specimen);
        char c = original.split("\n")[line - 1].charAt(column - 1);
        String zone = Specimens.replace(original, line, column, c == '1' ? '0' : (char) (c + 1));

        assertThatThrownBy(() -> Mrz.parse(zone, TODAY))
                .isInstanceOfSatisfying(
                        MrzException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @ParameterizedTest(name = "{0} line {1} columns {2}–{3}")
    @CsvSource({
        "TD3, 2, 29, 43", // the personal number and its own, updated, check digit
        "TD1, 1, 16, 0", // optional data on line 1, which has no check digit of its own
        "TD1, 2, 19, 0", // optional data on line 2
        "TD2, 2, 29, 0", // optional data
    })
    void theCompositeCoversOptionalDataWhoseOwnCheckDigitStillMatches(
            String specimen, int line, int column, int ownCheckDigit) throws ReflectiveOperationException {
        String zone = Specimens.replace(specimen(specimen), line, column, 'Q');
        if (ownCheckDigit > 0) {
            String field = zone.split("\n")[line - 1].substring(column - 1, ownCheckDigit - 1);
            zone = Specimens.replace(zone, line, ownCheckDigit, (char) ('0' + MrzCheckDigit.of(field)));
        }
        String changed = zone;

        assertThatThrownBy(() -> Mrz.parse(changed, TODAY))
                .isInstanceOfSatisfying(
                        MrzException.class, e -> assertThat(e.field()).isEqualTo(MrzField.COMPOSITE));
    }

    @ParameterizedTest(name = "{0} line {1} column {2}")
    @CsvSource({
        "TD3, 2, 12, B", // nationality UTO → UBO
        "TD3, 2, 21, M", // sex
        "TD3, 1, 7, A", // name
        "TD1, 2, 17, B", // nationality
        "TD1, 2, 8, M", // sex
        "TD1, 1, 4, B", // issuing state
        "TD2, 2, 12, B", // nationality
        "TD2, 2, 21, M", // sex
    })
    void fieldsOutsideTheCompositeCanChangeWithoutACheckDigitFailing(String specimen, int line, int column, char c)
            throws ReflectiveOperationException {
        String zone = Specimens.replace(specimen(specimen), line, column, c);

        assertThat(Mrz.parse(zone, TODAY).format().name()).isEqualTo(specimen);
    }

    @ParameterizedTest(name = "check digit {0}")
    @CsvSource({"<", "0"})
    void anEmptyPersonalNumberMayHaveAFillerOrZeroForItsCheckDigit(char checkDigit) {
        String zone = Specimens.replace(
                Mrz.compose(new Mrz(
                        MrzFormat.TD3,
                        "P",
                        "UTO",
                        "L898902C3",
                        "UTO",
                        new MrzDate(1974, 8, 12),
                        MrzSex.FEMALE,
                        LocalDate.of(2012, 4, 15),
                        "ERIKSSON",
                        "ANNA MARIA",
                        "",
                        "")),
                2,
                43,
                checkDigit);

        assertThat(Mrz.parse(zone, TODAY).optionalData1()).isEmpty();
    }

    @Test
    void aPersonalNumberThatIsNotEmptyNeedsItsCheckDigit() {
        String zone = Specimens.replace(Specimens.TD3, 2, 43, '<');

        assertThatThrownBy(() -> Mrz.parse(zone, TODAY))
                .isInstanceOfSatisfying(MrzException.class, e -> assertThat(e.messageArgs())
                        .containsExactly(MrzField.PERSONAL_NUMBER, "1", "<"));
    }

    private static String specimen(String name) throws ReflectiveOperationException {
        return (String) Specimens.class.getDeclaredField(name).get(null);
    }
}
