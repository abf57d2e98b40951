package org.pravaas.governance;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A text held in several languages, keyed by language code; English is always present, so
 * every reader gets something, in their language when it exists.
 */
public record LocalizedText(Map<String, String> values) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public LocalizedText {
        values = Map.copyOf(new TreeMap<>(values));
        if (!values.containsKey("en")) {
            throw new IllegalArgumentException("An English text is required");
        }
    }

    public static LocalizedText english(String text) {
        return new LocalizedText(Map.of("en", text));
    }

    /** The text in the locale's language, else in English. */
    public String in(Locale locale) {
        return values.getOrDefault(locale.getLanguage(), values.get("en"));
    }

    public String english() {
        return values.get("en");
    }

    public String toJson() {
        return JSON.writeValueAsString(values);
    }

    public static LocalizedText fromJson(String json) {
        return new LocalizedText(JSON.readValue(json, new TypeReference<Map<String, String>>() {}));
    }
}
