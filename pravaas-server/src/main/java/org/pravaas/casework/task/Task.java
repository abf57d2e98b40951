package org.pravaas.casework.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A task on a case; {@code caseReference} is shown in lists. */
public record Task(
        UUID id,
        UUID caseId,
        String caseReference,
        UUID officeId,
        String title,
        @Nullable String assignee,
        @Nullable LocalDate dueOn,
        @Nullable Instant doneAt,
        @Nullable String doneBy,
        Instant createdAt,
        String createdBy,
        long version) {

    public boolean done() {
        return doneAt != null;
    }

    public boolean overdue(LocalDate today) {
        return doneAt == null && dueOn != null && dueOn.isBefore(today);
    }
}
