package org.pravaas.governance.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.governance.LocalizedText;

/** A session document: its symbol, titles, language, and the agenda item it serves. */
public record DocumentCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.too-long}") String symbol,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.too-long}") String titleEn,
        @Nullable String titleFr,
        @Nullable String titleEs,
        @NotBlank(message = "{validation.required}")
                @Pattern(regexp = "en|fr|es|ar|hi|ko", message = "{governance.document.language-invalid}")
                String language,
        @Nullable UUID agendaItemId) {

    LocalizedText titles() {
        return AgendaItemCommand.Titles.of(titleEn, titleFr, titleEs, null);
    }
}
