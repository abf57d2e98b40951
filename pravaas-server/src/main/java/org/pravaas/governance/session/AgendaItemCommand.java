package org.pravaas.governance.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pravaas.governance.LocalizedText;

/** An item added to a session's agenda, titled in English and, optionally, in the other languages. */
public record AgendaItemCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.too-long}") String titleEn,
        @Nullable String titleFr,
        @Nullable String titleEs,
        @Nullable String titleAr) {

    LocalizedText titles() {
        return Titles.of(titleEn, titleFr, titleEs, titleAr);
    }

    /** Multilingual titles from form fields; blank translations are left out. */
    static final class Titles {
        private Titles() {}

        static LocalizedText of(String en, @Nullable String fr, @Nullable String es, @Nullable String ar) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("en", en.strip());
            put(values, "fr", fr);
            put(values, "es", es);
            put(values, "ar", ar);
            return new LocalizedText(values);
        }

        private static void put(Map<String, String> values, String language, @Nullable String text) {
            if (text != null && !text.isBlank()) {
                values.put(language, text.strip());
            }
        }
    }
}
