package org.pravaas.organization.security;

import java.time.Instant;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.OfficeId;
import org.pravaas.organization.PartnerId;
import org.pravaas.organization.UserId;
import org.pravaas.organization.user.Users;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security holds them. */
public final class PravaasPrincipal implements UserDetails, CredentialsContainer {
    private final CurrentUser user;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final boolean locked;

    private PravaasPrincipal(CurrentUser user, @Nullable String passwordHash, boolean enabled, boolean locked) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    static PravaasPrincipal of(Users.Login login) {
        var u = login.user();
        CurrentUser current = new CurrentUser(
                new UserId(u.id()),
                u.username(),
                u.fullName(),
                new OfficeId(u.officeId()),
                login.officePath(),
                u.officeCode(),
                u.roles(),
                u.language(),
                u.partnerId() == null ? null : new PartnerId(u.partnerId()));
        return new PravaasPrincipal(current, login.passwordHash(), u.active(), u.isLockedAt(Instant.now()));
    }

    public CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** Sessions compare principals to count a user's sessions; the account id is the identity. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PravaasPrincipal p && p.user.id().equals(user.id());
    }

    @Override
    public int hashCode() {
        return user.id().hashCode();
    }
}
