package org.pravaas.skills.profile;

/** An ISO 639-1 language and a level: spoken by a person, or asked for by an opening. */
public record SpokenLanguage(String language, LanguageLevel level) {
    /** As forms and the API write it: {@code fr:B2}. */
    @Override
    public String toString() {
        return language + ":" + level;
    }
}
