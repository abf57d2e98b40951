package org.pravaas.organization;

import org.pravaas.organization.security.PravaasPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;

/**
 * Lets a command-line batch act as a named account, so that the same access rules, office scope
 * and audit attribution apply as on the web. The operator already holds the data folder, so the
 * password is not asked; the account must exist and be active.
 */
@Service
public class BatchIdentity {
    private final UserDetailsService accounts;

    BatchIdentity(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    /** Acts as the user on this thread; fails with an IllegalArgumentException for an unknown or inactive account. */
    public CurrentUser actAs(String username) {
        PravaasPrincipal principal;
        try {
            principal = (PravaasPrincipal) accounts.loadUserByUsername(username);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown account: " + username);
        }
        if (!principal.isEnabled() || !principal.isAccountNonLocked()) {
            throw new IllegalArgumentException("account is not active: " + username);
        }
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return principal.user();
    }
}
