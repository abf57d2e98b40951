package org.pravaas.organization.reference;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * ISO 3166 countries and ISO 639 languages, loaded by migration; their names come from ICU in
 * the user's language and are sorted the way that language sorts.
 */
@Service
public class ReferenceData {
    private final Set<String> countries;
    private final Set<String> languages;
    private final ConcurrentHashMap<String, List<Choice>> countryChoices = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<Choice>> languageChoices = new ConcurrentHashMap<>();

    ReferenceData(JdbcClient jdbc) {
        this.countries = Set.copyOf(jdbc.sql("select code from organization.country")
                .query(String.class)
                .list());
        this.languages = Set.copyOf(jdbc.sql("select code from organization.language")
                .query(String.class)
                .list());
    }

    /** A code and its name in some language, for pick lists. */
    public record Choice(String code, String name) {}

    public boolean isCountry(String code) {
        return countries.contains(code);
    }

    public boolean isLanguage(String code) {
        return languages.contains(code);
    }

    public String countryName(String code, Locale locale) {
        return new ULocale("", code).getDisplayCountry(ULocale.forLocale(locale));
    }

    public String languageName(String code, Locale locale) {
        return new ULocale(code).getDisplayLanguage(ULocale.forLocale(locale));
    }

    public List<Choice> countries(Locale locale) {
        return countryChoices.computeIfAbsent(
                locale.toLanguageTag(), tag -> sorted(countries, code -> countryName(code, locale), locale));
    }

    public List<Choice> languages(Locale locale) {
        return languageChoices.computeIfAbsent(
                locale.toLanguageTag(), tag -> sorted(languages, code -> languageName(code, locale), locale));
    }

    private static List<Choice> sorted(
            Set<String> codes, java.util.function.Function<String, String> namer, Locale locale) {
        Collator collator = Collator.getInstance(ULocale.forLocale(locale));
        return codes.stream()
                .map(code -> new Choice(code, namer.apply(code)))
                .sorted(Comparator.comparing(Choice::name, collator::compare))
                .toList();
    }
}
