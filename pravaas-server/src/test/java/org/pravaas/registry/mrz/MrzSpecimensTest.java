package org.pravaas.registry.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pravaas.registry.mrz.Specimens.TODAY;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ICAO Doc 9303 specimen zones read to their printed fields, and are written back unchanged. */
class MrzSpecimensTest {
    private static final MrzDate BORN = new MrzDate(1974, 8, 12);
    private static final LocalDate EXPIRES = LocalDate.of(2012, 4, 15);

    @Test
    void readsThePassportSpecimen() {
        assertThat(Mrz.parse(Specimens.TD3, TODAY))
                .isEqualTo(new Mrz(
                        MrzFormat.TD3,
                        "P",
                        "UTO",
                        "L898902C3",
                        "UTO",
                        BORN,
                        MrzSex.FEMALE,
                        EXPIRES,
                        "ERIKSSON",
                        "ANNA MARIA",
                        "ZE184226B",
                        ""));
    }

    @Test
    void readsTheTd1IdentityCardSpecimen() {
        assertThat(Mrz.parse(Specimens.TD1, TODAY))
                .isEqualTo(new Mrz(
                        MrzFormat.TD1,
                        "I",
                        "UTO",
                        "D23145890",
                        "UTO",
                        BORN,
                        MrzSex.FEMALE,
                        EXPIRES,
                        "ERIKSSON",
                        "ANNA MARIA",
                        "",
                        ""));
    }

    @Test
    void readsTheTd2Specimen() {
        assertThat(Mrz.parse(Specimens.TD2, TODAY))
                .isEqualTo(new Mrz(
                        MrzFormat.TD2,
                        "I",
                        "UTO",
                        "D23145890",
                        "UTO",
                        BORN,
                        MrzSex.FEMALE,
                        EXPIRES,
                        "ERIKSSON",
                        "ANNA MARIA",
                        "",
                        ""));
    }

    @Test
    void readsATd1DocumentNumberThatOverflowsIntoTheOptionalData() {
        assertThat(Mrz.parse(Specimens.TD1_LONG_NUMBER, TODAY))
                .isEqualTo(new Mrz(
                        MrzFormat.TD1,
                        "I",
                        "UTO",
                        "D23145890734",
                        "UTO",
                        new MrzDate(1934, 7, 12),
                        MrzSex.MALE,
                        LocalDate.of(1995, 7, 12),
                        "STEVENSON",
                        "PETER JOHN",
                        "",
                        ""));
    }

    @Test
    void readsTheVisaSpecimensWhichHaveNoCompositeCheckDigit() {
        Mrz a = Mrz.parse(Specimens.MRV_A, TODAY);
        Mrz b = Mrz.parse(Specimens.MRV_B, TODAY);
        assertThat(a)
                .isEqualTo(new Mrz(
                        MrzFormat.MRV_A,
                        "V",
                        "UTO",
                        "L8988901C",
                        "XXX",
                        new MrzDate(1940, 9, 7),
                        MrzSex.FEMALE,
                        LocalDate.of(1996, 12, 10),
                        "ERIKSSON",
                        "ANNA MARIA",
                        "6ZE184226B",
                        ""));
        assertThat(b.format()).isEqualTo(MrzFormat.MRV_B);
        assertThat(b.optionalData1()).isEmpty();
        assertThat(b.documentNumber()).isEqualTo("L8988901C");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TD3", "TD1", "TD2", "TD1_LONG_NUMBER", "MRV_A", "MRV_B"})
    void composesEverySpecimenBackCharacterForCharacter(String name) throws ReflectiveOperationException {
        String zone = (String) Specimens.class.getDeclaredField(name).get(null);
        assertThat(Mrz.compose(Mrz.parse(zone, TODAY))).isEqualTo(zone);
    }
}
