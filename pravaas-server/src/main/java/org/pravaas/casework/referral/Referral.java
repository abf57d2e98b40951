package org.pravaas.casework.referral;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.consent.Recipient;
import org.pravaas.casework.consent.SharedPart;

/**
 * A referral and the copy of what it shares ({@code shared}: part → label → value), empty once
 * sharing stopped.
 */
public record Referral(
        UUID id,
        UUID caseId,
        String caseReference,
        UUID consentId,
        UUID fromOffice,
        Recipient to,
        List<SharedPart> parts,
        @Nullable Map<String, Map<String, String>> shared,
        @Nullable String note,
        String status,
        Instant referredAt,
        String referredBy,
        @Nullable Instant answeredAt,
        @Nullable String answeredBy,
        @Nullable String answerReason) {

    public boolean pending() {
        return "PENDING".equals(status);
    }

    public boolean stopped() {
        return "STOPPED".equals(status);
    }
}
