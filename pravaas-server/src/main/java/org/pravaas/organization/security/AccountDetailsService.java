package org.pravaas.organization.security;

import org.pravaas.organization.user.Users;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an account for the login form. */
@Service
class AccountDetailsService implements UserDetailsService {
    private final Users users;

    AccountDetailsService(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findLogin(username)
                .map(PravaasPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }
}
