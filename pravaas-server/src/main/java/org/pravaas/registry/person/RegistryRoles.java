package org.pravaas.registry.person;

import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.Role;

/** Who may do what in the registry; the office scope is checked separately. */
public final class RegistryRoles {
    /** May register people, edit them and add documents. */
    public static final Role[] WRITE = {Role.ADMINISTRATOR, Role.REGISTRAR, Role.CASEWORKER};

    /** May read people (partners see people only through referrals in casework). */
    public static final Role[] READ = {
        Role.ADMINISTRATOR,
        Role.REGISTRAR,
        Role.CASEWORKER,
        Role.HEALTH_OFFICER,
        Role.MOVEMENT_OFFICER,
        Role.ELECTION_OFFICIAL,
        Role.VIEWER
    };

    /** May decide on possible duplicates, merge and unmerge. */
    public static final Role[] REVIEW = {Role.ADMINISTRATOR, Role.REGISTRAR};

    private RegistryRoles() {}

    /** Vulnerabilities and the photo: for those who help or identify the person, not for every reader. */
    public static boolean seesSensitive(CurrentUser user) {
        return user.has(Role.ADMINISTRATOR)
                || user.has(Role.REGISTRAR)
                || user.has(Role.CASEWORKER)
                || user.has(Role.HEALTH_OFFICER);
    }
}
