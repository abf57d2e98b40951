package org.pravaas.health.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An assessment on file: whose, where, against which profile version, its state and its findings. */
public record Assessment(
        UUID id,
        UUID personId,
        UUID officeId,
        UUID profileId,
        AssessmentStatus status,
        LocalDate scheduledOn,
        String clinic,
        AssessmentForm findings,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {}
