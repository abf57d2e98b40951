package org.pravaas.home;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times and numbers in the user's language, by ICU: {@code ${@fmt.date(d)}} in a
 * template. Times are shown in UTC with the zone named, as offices span many zones. Building an
 * ICU format is costly and a list page formats many values, so one is built per language and
 * cloned for each use (ICU formats are not thread-safe).
 */
@Component("fmt")
public class Formats {
    private final ConcurrentHashMap<Locale, DateFormat> dates = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Locale, DateFormat> dateTimes = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Locale, NumberFormat> numbers = new ConcurrentHashMap<>();

    public String date(@Nullable LocalDate date) {
        if (date == null) {
            return "";
        }
        return cached(dates, l -> utc(DateFormat.getDateInstance(DateFormat.MEDIUM, l)))
                .format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    public String dateTime(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        return cached(dateTimes, l -> utc(DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, l)))
                        .format(Date.from(instant))
                + " UTC";
    }

    public String number(long value) {
        return cached(numbers, NumberFormat::getInstance).format(value);
    }

    @SuppressWarnings("unchecked")
    private static <F extends java.text.Format> F cached(
            ConcurrentHashMap<Locale, F> cache, Function<ULocale, F> make) {
        Locale locale = LocaleContextHolder.getLocale();
        return (F) cache.computeIfAbsent(locale, l -> make.apply(ULocale.forLocale(l)))
                .clone();
    }

    private static DateFormat utc(DateFormat format) {
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format;
    }
}
