package org.pravaas.health.access;

import java.time.Instant;
import java.util.UUID;

/** A non-health user opened a person's clinical record, saying why; it lets them read until {@code expiresAt}. */
public record GlassBreak(
        UUID id, UUID personId, UUID officeId, String username, String reason, Instant openedAt, Instant expiresAt) {}
