package org.pravaas.organization.user;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.organization.Role;

/** A user account as administrators see it; the password hash never leaves {@link Users}. */
public record User(
        UUID id,
        String username,
        String fullName,
        String email,
        UUID officeId,
        String officeCode,
        @Nullable UUID partnerId,
        String language,
        boolean active,
        Set<Role> roles,
        @Nullable Instant lockedUntil,
        @Nullable Instant lastLoginAt,
        long version) {

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
