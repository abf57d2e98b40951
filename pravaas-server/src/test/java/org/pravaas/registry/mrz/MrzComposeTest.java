package org.pravaas.registry.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.pravaas.registry.mrz.Specimens.TODAY;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Composing zones: transliterated and truncated names, long numbers, blanks, and what is refused. */
class MrzComposeTest {
    private static final MrzDate BORN = new MrzDate(1974, 8, 12);
    private static final LocalDate EXPIRES = LocalDate.of(2030, 4, 15);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Müller-Lüdenscheidt|MUELLER<LUEDENSCHEIDT",
                "Øster Ångström|OESTER<AANGSTROEM",
                "Strauß|STRAUSS",
                "Élodie Françoise|ELODIE<FRANCOISE",
                "O’Neill|ONEILL",
                "d'Alembert|DALEMBERT",
                "Łukasz Đorđević|LUKASZ<DORDEVIC",
                "Þórunn Æsa|THORUNN<AESA",
                "Núñez  de la Peña|NUNEZ<DE<LA<PENA",
                "St. John|ST<JOHN",
                "Şahin Çelik|SAHIN<CELIK",
                "Nguyễn Thị Minh Khai|NGUYEN<THI<MINH<KHAI",
                "  Ödön  |OEDOEN",
                "Ǆuro Ｋim|DZURO<KIM",
            })
    void transliteratesLatinNamesAsDoc9303PartThreeRecommends(String name, String expected) {
        assertThat(MrzNames.transliterate(name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Иванов", "محمد", "राजेश", "김민석", "李", "Anna2", "Smith & Co", "Ωmega"})
    void refusesNamesThatAreNotLatinLettersForTheCallerToTransliterate(String surname) {
        assertThatIllegalArgumentException().isThrownBy(() -> Mrz.compose(passport(surname, "Anna")));
    }

    @Test
    void writesTransliteratedNamesIntoTheZone() {
        String zone = Mrz.compose(passport("Müller", "Jürgen Émile"));
        assertThat(zone.split("\n")[0]).isEqualTo("P<D<<MUELLER<<JUERGEN<EMILE" + "<".repeat(17));
        assertThat(Mrz.parse(zone, TODAY).givenNames()).isEqualTo("JUERGEN EMILE");
    }

    @Test
    void truncatesTheGivenNamesFirstAndEndsTheFieldWithALetter() {
        String zone = Mrz.compose(passport("Nilavadhanananda", "Chayapa Dejthamrong Krasuang"));
        assertThat(zone.split("\n")[0]).isEqualTo("P<D<<NILAVADHANANANDA<<CHAYAPA<DEJTHAMRONG<K");
        assertThat(Mrz.parse(zone, TODAY).givenNames()).isEqualTo("CHAYAPA DEJTHAMRONG K");
    }

    @Test
    void truncatesALongSurnameToLeaveTheFirstLetterOfTheGivenNames() {
        String surname = "Abcdefghij".repeat(5);
        String zone = Mrz.compose(passport(surname, "Anna"));
        assertThat(zone.split("\n")[0])
                .isEqualTo("P<D<<" + surname.toUpperCase().substring(0, 36) + "<<A");
    }

    @Test
    void givesTheWholeFieldToASurnameWithoutGivenNames() {
        String surname = "Abcdefghij".repeat(5);
        Mrz read = Mrz.parse(Mrz.compose(passport(surname, "")), TODAY);
        assertThat(read.surname()).isEqualTo(surname.toUpperCase().substring(0, 39));
        assertThat(read.givenNames()).isEmpty();
    }

    @Test
    void dropsAFillerLeftAtTheEndWhenTruncationFallsBetweenNameParts() {
        String zone = Mrz.compose(passport("Abcdefghij", "A".repeat(26) + " Xyz"));
        assertThat(zone.split("\n")[0]).isEqualTo("P<D<<ABCDEFGHIJ<<" + "A".repeat(26) + "<");
    }

    @Test
    void writesFillersForAnEmptyPersonalNumberAndItsCheckDigitAndForAnUnknownExpiry() {
        Mrz mrz = new Mrz(
                MrzFormat.TD3,
                "P",
                "D",
                "C01X00T47",
                "D",
                null,
                MrzSex.UNSPECIFIED,
                null,
                "MUSTERMANN",
                "ERIKA",
                "",
                "");
        String line = Mrz.compose(mrz).split("\n")[1];
        assertThat(line)
                .isEqualTo("C01X00T47" + MrzCheckDigit.of("C01X00T47") + "D<<" + "<<<<<<0" + "<" + "<<<<<<<"
                        + "<".repeat(15) + line.charAt(43));
        assertThat(Mrz.parse(Mrz.compose(mrz), TODAY)).isEqualTo(mrz);
    }

    @Test
    void carriesALongDocumentNumberIntoTheOptionalDataOfATd2Zone() {
        Mrz mrz = new Mrz(
                MrzFormat.TD2,
                "ID",
                "UTO",
                "AB12345678",
                "UTO",
                BORN,
                MrzSex.MALE,
                EXPIRES,
                "ERIKSSON",
                "ANNA",
                "X",
                "");
        String line = Mrz.compose(mrz).split("\n")[1];
        assertThat(line).startsWith("AB1234567<UTO").contains("8" + MrzCheckDigit.of("AB12345678") + "<X");
        assertThat(Mrz.parse(Mrz.compose(mrz), TODAY)).isEqualTo(mrz);
    }

    @Test
    void carriesALongDocumentNumberAndOptionalDataOfATd1Zone() {
        Mrz mrz = new Mrz(
                MrzFormat.TD1,
                "I",
                "UTO",
                "D23145890734",
                "UTO",
                BORN,
                MrzSex.FEMALE,
                EXPIRES,
                "ERIKSSON",
                "ANNA MARIA",
                "ABC",
                "12<34");
        assertThat(Mrz.compose(mrz).split("\n")[0]).isEqualTo("I<UTOD23145890<7349<ABC<<<<<<<");
        assertThat(Mrz.parse(Mrz.compose(mrz), TODAY)).isEqualTo(mrz);
    }

    @Test
    void writesCodesAndNumbersGivenInLowerCaseInUpperCase() {
        Mrz mrz = new Mrz(
                MrzFormat.TD3, "p", "gbd", "ab123", "gbd", BORN, MrzSex.FEMALE, EXPIRES, "Smith", "Jane", "x1", "");
        assertThat(Mrz.parse(Mrz.compose(mrz), TODAY))
                .extracting(Mrz::documentCode, Mrz::issuingState, Mrz::documentNumber, Mrz::optionalData1)
                .containsExactly("P", "GBD", "AB123", "X1");
    }

    @Test
    void refusesWhatAZoneCannotHold() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Mrz.compose(with(MrzFormat.TD3, "V", "L898902C3", "", "")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Mrz.compose(with(MrzFormat.MRV_A, "P", "L898902C3", "", "")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Mrz.compose(with(MrzFormat.TD3, "1", "L898902C3", "", "")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Mrz.compose(with(MrzFormat.TD3, "P", "L898902C31", "", "")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Mrz.compose(with(MrzFormat.TD3, "P", "L8989-02", "", "")));
        assertThatIllegalArgumentException().isThrownBy(() -> Mrz.compose(with(MrzFormat.TD3, "P", "", "", "")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Mrz.compose(with(MrzFormat.TD1, "I", "A".repeat(24), "", "")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Mrz.compose(with(MrzFormat.TD1, "I", "A".repeat(20), "ABCD", "")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Mrz.compose(with(MrzFormat.TD2, "I", "A1", "12345678", "")));
        assertThatIllegalArgumentException().isThrownBy(() -> Mrz.compose(with(MrzFormat.TD3, "P", "A1", "ä", "")));
        assertThatIllegalArgumentException().isThrownBy(() -> Mrz.compose(with(MrzFormat.TD3, "P", "A1", "", "12")));
        assertThatIllegalArgumentException().isThrownBy(() -> Mrz.compose(passport("’", "Anna")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Mrz.compose(new Mrz(
                        MrzFormat.TD3, "P", "UTOP", "A1", "UTO", BORN, MrzSex.MALE, EXPIRES, "Smith", "", "", "")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Mrz.compose(new Mrz(
                        MrzFormat.TD3, "P", "UTO", "A1", "U1O", BORN, MrzSex.MALE, EXPIRES, "Smith", "", "", "")));
    }

    @Test
    void acceptsALongestTd1NumberThatFillsTheOptionalData() {
        Mrz mrz = with(MrzFormat.TD1, "I", "A".repeat(23), "", "");
        assertThat(Mrz.parse(Mrz.compose(mrz), TODAY).documentNumber()).isEqualTo("A".repeat(23));
    }

    private static Mrz passport(String surname, String givenNames) {
        return new Mrz(
                MrzFormat.TD3, "P", "D", "C01X00T47", "D", BORN, MrzSex.FEMALE, EXPIRES, surname, givenNames, "", "");
    }

    private static Mrz with(MrzFormat format, String code, String number, String optional1, String optional2) {
        return new Mrz(
                format, code, "UTO", number, "UTO", BORN, MrzSex.MALE, EXPIRES, "Smith", "John", optional1, optional2);
    }
}
