package org.pravaas.organization;

import java.io.Serializable;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in user as the rest of Pravaas sees them: who they are, their office (and its
 * place in the tree, which bounds what they may see), their roles and language.
 */
public record CurrentUser(
        UserId id,
        String username,
        String fullName,
        OfficeId officeId,
        String officePath,
        String officeCode,
        Set<Role> roles,
        String language,
        @Nullable PartnerId partnerId)
        implements Serializable {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdministrator() {
        return has(Role.ADMINISTRATOR);
    }
}
