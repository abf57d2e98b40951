package org.pravaas.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Filters for searching the audit log; absent filters match everything. */
public record AuditQuery(
        @Nullable String actor,
        @Nullable String action,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {
    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
