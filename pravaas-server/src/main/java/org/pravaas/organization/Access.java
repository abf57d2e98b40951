package org.pravaas.organization;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pravaas.organization.office.Offices;
import org.pravaas.organization.security.PravaasPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Who is acting, and what they may reach. Every service that returns or changes an office's
 * records asks here first, so the rules hold for the web pages, the API and the CLI alike.
 * A user reaches the records of their own office and of every office below it.
 */
@Service
public class Access {
    private final Offices offices;

    Access(Offices offices) {
        this.offices = offices;
    }

    /** The signed-in user; fails with {@link AccessDeniedException} when nobody is signed in. */
    public CurrentUser current() {
        return signedIn().orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
    }

    public Optional<CurrentUser> signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PravaasPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    public boolean covers(OfficeId office) {
        return offices.isWithin(office.value(), current().officePath());
    }

    /** Fails with {@link AccessDeniedException} unless the office is in the user's subtree. */
    public void requireOffice(OfficeId office) {
        if (!covers(office)) {
            throw new AccessDeniedException("Office " + office + " is outside the user's scope");
        }
    }

    /** Fails with {@link AccessDeniedException} unless the user holds one of the roles. */
    public CurrentUser requireRole(Role... anyOf) {
        CurrentUser user = current();
        if (Arrays.stream(anyOf).noneMatch(user::has)) {
            throw new AccessDeniedException("Requires one of " + Arrays.toString(anyOf));
        }
        return user;
    }

    /** The ids of every office in the user's subtree, for filtering another module's queries. */
    public List<UUID> officesInScope() {
        return offices.subtreeIds(current().officePath());
    }

    /**
     * The office with this code, for loaders that file records under a known office (demo
     * data, command-line imports) without a signed-in user.
     */
    public Optional<OfficeId> officeByCode(String code) {
        return offices.findByCode(code).map(o -> new OfficeId(o.id()));
    }
}
