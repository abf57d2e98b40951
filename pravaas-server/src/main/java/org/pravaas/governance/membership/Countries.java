package org.pravaas.governance.membership;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * ISO 3166 countries by their names in the user's language, from ICU: {@code
 * ${@governanceCountries.name('KR')}} in a template. Governance keeps country codes only, so it
 * needs no other module's tables.
 */
@Component("governanceCountries")
public class Countries {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    /** A country and its name, for choosing one in a form. */
    public record Country(String code, String name) {}

    public static boolean isCountry(String code) {
        return CODES.contains(code);
    }

    public String name(String code) {
        return new ULocale("", code.strip()).getDisplayCountry(ULocale.forLocale(LocaleContextHolder.getLocale()));
    }

    public List<Country> all() {
        return CODES.stream().map(c -> new Country(c, name(c))).sorted(byName()).toList();
    }

    public Comparator<Country> byName() {
        Collator collator = Collator.getInstance(ULocale.forLocale(LocaleContextHolder.getLocale()));
        return Comparator.comparing(Country::name, collator);
    }

    /** Orders country codes by their names in the user's language. */
    public Comparator<String> codesByName() {
        Collator collator = Collator.getInstance(ULocale.forLocale(LocaleContextHolder.getLocale()));
        return Comparator.comparing(this::name, collator);
    }
}
