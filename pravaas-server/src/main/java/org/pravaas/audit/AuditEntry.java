package org.pravaas.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One stored line of the audit log. */
public record AuditEntry(
        long seq,
        Instant at,
        String actor,
        @Nullable String ip,
        String action,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable UUID officeId,
        @Nullable String reason,
        @Nullable String details,
        String prevHash,
        String hash) {}
