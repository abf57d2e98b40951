package org.pravaas.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTest {
    private final Formats fmt = new Formats();

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void datesAndNumbersFollowTheUsersLanguage() {
        LocalDate day = LocalDate.of(2026, 11, 24);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.date(day)).isEqualTo("Nov 24, 2026");
        assertThat(fmt.number(1234567)).isEqualTo("1,234,567");
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(fmt.date(day)).isEqualTo("24 nov. 2026");
        assertThat(fmt.number(1234567)).isEqualTo("1\u202F234\u202F567");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ko"));
        assertThat(fmt.date(day)).isEqualTo("2026. 11. 24.");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("hi"));
        assertThat(fmt.number(1234567)).isEqualTo("12,34,567");
    }

    @Test
    void missingValuesShowAsNothing() {
        assertThat(fmt.date(null)).isEmpty();
        assertThat(fmt.dateTime((Instant) null)).isEmpty();
    }
}
