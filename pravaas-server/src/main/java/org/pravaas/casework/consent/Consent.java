package org.pravaas.casework.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person's consent on a case: purpose, recipients, parts, from when until when, withdrawn or not. */
public record Consent(
        UUID id,
        UUID caseId,
        @Nullable UUID personId,
        String purpose,
        List<Recipient> recipients,
        List<SharedPart> parts,
        LocalDate givenOn,
        @Nullable LocalDate expiresOn,
        @Nullable Instant withdrawnAt,
        Instant recordedAt,
        String recordedBy) {

    public Consent {
        recipients = List.copyOf(recipients);
        parts = List.copyOf(parts);
    }

    /** In force on the day: given, not expired, not withdrawn. */
    public boolean validOn(LocalDate day) {
        return withdrawnAt == null && !givenOn.isAfter(day) && (expiresOn == null || !expiresOn.isBefore(day));
    }

    /** In force on the day for sharing these parts with this recipient. */
    public boolean covers(Recipient recipient, List<SharedPart> wanted, LocalDate day) {
        return validOn(day) && recipients.contains(recipient) && parts.containsAll(wanted);
    }
}
