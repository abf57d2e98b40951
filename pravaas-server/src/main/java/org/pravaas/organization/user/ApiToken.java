package org.pravaas.organization.user;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An API token as its owner sees it later: never the token itself, only its first characters. */
public record ApiToken(
        UUID id,
        UUID userId,
        String name,
        String prefix,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
