package org.pravaas.governance.session;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.governance.LocalizedText;

/** The parts of a session's record: its agenda, documents, attendance and officers. */
public final class SessionParts {
    private SessionParts() {}

    public record AgendaItem(UUID id, int position, LocalizedText titles) {}

    public record Document(
            UUID id,
            @Nullable UUID agendaItemId,
            String symbol,
            LocalizedText titles,
            String language,
            @Nullable String fileName,
            @Nullable String contentType) {
        public boolean hasFile() {
            return fileName != null;
        }
    }

    public record Attendance(String country, String capacity, @Nullable String head) {
        public String capacityKey() {
            return "governance.status." + capacity.toLowerCase(Locale.ROOT);
        }
    }

    public record Officer(String role, String name, String country) {
        public String roleKey() {
            return "governance.officer." + role.toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A stored attachment. */
    public record File(String fileName, String contentType, byte[] content) {}
}
