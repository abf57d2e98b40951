package org.pravaas.casework.programme;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What the programme templates format in the user's language: country names, money, scores. */
@Component("programmeFmt")
public class ProgrammeFormats {
    /** The country's name in the user's language, or the code when it is not a country. */
    public String country(@Nullable String code) {
        if (code == null || code.isBlank()) return "";
        String name = new Locale("", code.strip()).getDisplayCountry(LocaleContextHolder.getLocale());
        return name.isBlank() || name.equals(code.strip()) ? code.strip() : name;
    }

    /** The amount with its currency, as many decimals as the currency has (12.500 JOD, 1,000 JPY). */
    public String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(ULocale.forLocale(LocaleContextHolder.getLocale()));
        Currency c = Currency.getInstance(currency);
        format.setCurrency(c);
        int digits = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(amount);
    }

    /** A score from 0 to 1 as a whole percentage. */
    public String percent(@Nullable BigDecimal score) {
        if (score == null) return "";
        return NumberFormat.getPercentInstance(ULocale.forLocale(LocaleContextHolder.getLocale()))
                .format(score);
    }
}
