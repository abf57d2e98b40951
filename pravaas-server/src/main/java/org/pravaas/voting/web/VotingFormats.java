package org.pravaas.voting.web;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import org.pravaas.voting.register.Receipts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Country names and percentages in the reader's language, for voting templates: {@code ${@votingFmt.country(c)}}. */
@Component("votingFmt")
class VotingFormats {
    public String country(String code) {
        return new ULocale("", code).getDisplayCountry(locale());
    }

    public String percent(double value) {
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(value / 100.0);
    }

    /** A receipt number as printed. */
    public String receipt(String electionCode, long number) {
        return Receipts.format(electionCode, number);
    }

    private static ULocale locale() {
        return ULocale.forLocale(LocaleContextHolder.getLocale());
    }
}
