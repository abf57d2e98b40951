package org.pravaas.registry.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pravaas.registry.mrz.Specimens.TODAY;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates of birth (perhaps partial) and of expiry, their centuries, and dates that cannot be. */
class MrzDatesTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "740812, 1974-08-12",
        "7408<<, 1974-08",
        "74<<<<, 1974",
        "000229, 2000-02-29", // a leap year
        "260301, 2026-03-01", // born today
        "260302, 1926-03-02", // tomorrow, so a century ago
        "2603<<, 2026-03",
        "2604<<, 1926-04",
        "26<<<<, 2026",
        "27<<<<, 1927",
        "250101, 2025-01-01",
    })
    void readsABirthDateInTheLatestCenturyThatIsNotAfterToday(String yymmdd, String expected) {
        assertThat(Mrz.parse(passportBornOn(yymmdd), TODAY).birthDate()).hasToString(expected);
    }

    @Test
    void readsAWhollyUnknownBirthDateAsNone() {
        assertThat(Mrz.parse(passportBornOn("<<<<<<"), TODAY).birthDate()).isNull();
    }

    @Test
    void placesTheCenturyByTheReferenceDayGiven() {
        String zone = passportBornOn("300101");
        assertThat(Mrz.parse(zone, LocalDate.of(2026, 3, 1)).birthDate()).isEqualTo(new MrzDate(1930, 1, 1));
        assertThat(Mrz.parse(zone, LocalDate.of(2031, 3, 1)).birthDate()).isEqualTo(new MrzDate(2030, 1, 1));
        assertThat(Mrz.parse(zone, LocalDate.of(2131, 3, 1)).birthDate()).isEqualTo(new MrzDate(2130, 1, 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "741312", // month 13
        "740231", // 31 February
        "740229", // 29 February, not a leap year
        "740800", // day 0
        "740012", // month 0
        "74<<12", // a day without its month
        "<<0812", // a day and month without a year
        "7<0812", // half a year
    })
    void reportsAnImpossibleBirthDate(String yymmdd) {
        assertThatThrownBy(() -> Mrz.parse(passportBornOn(yymmdd), TODAY))
                .isInstanceOfSatisfying(MrzException.class, e -> {
                    assertThat(e.problem()).isEqualTo(MrzProblem.IMPOSSIBLE_DATE);
                    assertThat(e.field()).isEqualTo(MrzField.BIRTH_DATE);
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(14);
                    assertThat(e.messageArgs()).containsExactly(MrzField.BIRTH_DATE, yymmdd);
                });
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "120415, 2012-04-15",
        "360101, 2036-01-01",
        "761231, 2076-12-31", // the last expiry taken in this century on 1 March 2026
        "770101, 1977-01-01", // an old, long-expired document
        "991231, 1999-12-31",
    })
    void readsAnExpiryDateWithinFiftyYearsOfToday(String yymmdd, LocalDate expected) {
        assertThat(Mrz.parse(passportExpiringOn(yymmdd, null), TODAY).expiryDate())
                .isEqualTo(expected);
    }

    @Test
    void readsAnExpiryInTheNextCenturyWhenTodayIsNearItsEnd() {
        assertThat(Mrz.parse(passportExpiringOn("050101", null), LocalDate.of(2095, 6, 1))
                        .expiryDate())
                .isEqualTo(LocalDate.of(2105, 1, 1));
    }

    @Test
    void readsABlankExpiryAsNoneWithAZeroOrFillerCheckDigit() {
        assertThat(Mrz.parse(passportExpiringOn("<<<<<<", '<'), TODAY).expiryDate())
                .isNull();
        assertThat(Mrz.parse(passportExpiringOn("<<<<<<", '0'), TODAY).expiryDate())
                .isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"120431", "1204<<", "12<<<<", "121315"})
    void reportsAnImpossibleExpiryDate(String yymmdd) {
        assertThatThrownBy(() -> Mrz.parse(passportExpiringOn(yymmdd, null), TODAY))
                .isInstanceOfSatisfying(MrzException.class, e -> {
                    assertThat(e.problem()).isEqualTo(MrzProblem.IMPOSSIBLE_DATE);
                    assertThat(e.field()).isEqualTo(MrzField.EXPIRY_DATE);
                    assertThat(e.column()).isEqualTo(22);
                });
    }

    @Test
    void aFillerCheckDigitIsNotAcceptedForAKnownExpiry() {
        assertThatThrownBy(() -> Mrz.parse(passportExpiringOn("120415", '<'), TODAY))
                .isInstanceOfSatisfying(MrzException.class, e -> assertThat(e.messageArgs())
                        .containsExactly(MrzField.EXPIRY_DATE, "9", "<"));
    }

    @Test
    void partialDatesPrintToTheirPrecision() {
        assertThat(new MrzDate(1974, 8, 2)).hasToString("1974-08-02");
        assertThat(new MrzDate(1974, 8, 2).toLocalDate()).contains(LocalDate.of(1974, 8, 2));
        assertThat(new MrzDate(1974, 8, null).toLocalDate()).isEmpty();
        assertThat(new MrzDate(1974, null, null).isComplete()).isFalse();
    }

    /** The passport specimen with this date of birth and its check digits made right again. */
    private static String passportBornOn(String yymmdd) {
        String line = Specimens.TD3.split("\n")[1];
        String date = yymmdd + MrzCheckDigit.of(yymmdd);
        return withComposite(line.substring(0, 13) + date + line.substring(20));
    }

    private static String passportExpiringOn(String yymmdd, Character checkDigit) {
        String line = Specimens.TD3.split("\n")[1];
        char check = checkDigit != null ? checkDigit : (char) ('0' + MrzCheckDigit.of(yymmdd));
        return withComposite(line.substring(0, 21) + yymmdd + check + line.substring(28));
    }

    private static String withComposite(String line) {
        String covered = line.substring(0, 10) + line.substring(13, 20) + line.substring(21, 43);
        return Specimens.TD3.split("\n")[0] + "\n" + line.substring(0, 43) + MrzCheckDigit.of(covered);
    }
}
