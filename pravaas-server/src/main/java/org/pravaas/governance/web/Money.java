package org.pravaas.governance.web;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Amounts and shares in the user's language, by ICU, exactly as stored: {@code
 * ${@money.amount(a, 'CHF')}}, {@code ${@money.percent(p)}} in a template.
 */
@Component("money")
public class Money {
    public String amount(@Nullable BigDecimal value, String currency) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(Currency.getInstance(currency.strip()));
        return format.format(new com.ibm.icu.math.BigDecimal(value));
    }

    /** A share of the scale of assessment, with its five decimals. */
    public String percent(@Nullable BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(value.scale());
        format.setMaximumFractionDigits(value.scale());
        return format.format(new com.ibm.icu.math.BigDecimal(value)) + " %";
    }

    private static ULocale locale() {
        return ULocale.forLocale(LocaleContextHolder.getLocale());
    }
}
