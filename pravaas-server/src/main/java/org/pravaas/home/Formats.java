package org.pravaas.home;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times and numbers in the user's language, by ICU: {@code ${@fmt.date(d)}} in a
 * template. Times are shown in UTC with the zone named, as offices span many zones.
 */
@Component("fmt")
public class Formats {
    public String date(@Nullable LocalDate date) {
        if (date == null) {
            return "";
        }
        DateFormat format = DateFormat.getDateInstance(DateFormat.MEDIUM, locale());
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    public String dateTime(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, locale());
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(Date.from(instant)) + " UTC";
    }

    public String number(long value) {
        return NumberFormat.getInstance(locale()).format(value);
    }

    private static ULocale locale() {
        return ULocale.forLocale(LocaleContextHolder.getLocale());
    }
}
