package org.pravaas.registry.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** Check digits of Doc 9303 part 3: weights 7, 3, 1, letters 10–35, the filler 0. */
class MrzCheckDigitTest {
    @Test
    void matchesTheSpecimenCheckDigits() {
        assertThat(MrzCheckDigit.of("L898902C3")).isEqualTo(6);
        assertThat(MrzCheckDigit.of("740812")).isEqualTo(2);
        assertThat(MrzCheckDigit.of("120415")).isEqualTo(9);
        assertThat(MrzCheckDigit.of("ZE184226B<<<<<")).isEqualTo(1);
        assertThat(MrzCheckDigit.of("D23145890")).isEqualTo(7);
    }

    @Test
    void weighsEachCharacterBySevenThreeAndOneInTurn() {
        // A=10: 10*7 = 70 → 0; <A: 10*3 = 30 → 0; <<A: 10 → 0; 1: 7; <1: 3; <<1: 1; <<<1: 7.
        assertThat(MrzCheckDigit.of("1")).isEqualTo(7);
        assertThat(MrzCheckDigit.of("<1")).isEqualTo(3);
        assertThat(MrzCheckDigit.of("<<1")).isEqualTo(1);
        assertThat(MrzCheckDigit.of("<<<1")).isEqualTo(7);
        assertThat(MrzCheckDigit.of("Z")).isEqualTo(35 * 7 % 10);
        assertThat(MrzCheckDigit.of("<<<<<<")).isZero();
        assertThat(MrzCheckDigit.of("")).isZero();
    }

    @Test
    void refusesCharactersAZoneCannotHold() {
        assertThatIllegalArgumentException().isThrownBy(() -> MrzCheckDigit.of("l898902c3"));
        assertThatIllegalArgumentException().isThrownBy(() -> MrzCheckDigit.of("AB 12"));
    }
}
