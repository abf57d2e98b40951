package org.pravaas.health;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.registry.PersonId;

/**
 * A physician decided whether a person is fit to travel. A later decision for the same person
 * replaces it. {@code validUntil} is null for {@link Fitness#NOT_FIT}.
 */
public record FitToTravelIssued(
        UUID decisionId,
        AssessmentId assessment,
        PersonId person,
        UUID officeId,
        Fitness fitness,
        Instant issuedAt,
        @Nullable Instant validUntil) {}
