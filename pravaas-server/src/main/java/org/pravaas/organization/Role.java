package org.pravaas.organization;

import java.util.Locale;

/** What a user does; a user may hold several roles. */
public enum Role {
    ADMINISTRATOR,
    REGISTRAR,
    CASEWORKER,
    HEALTH_OFFICER,
    MOVEMENT_OFFICER,
    ENUMERATOR,
    ELECTION_OFFICIAL,
    GOVERNANCE_OFFICER,
    PARTNER,
    VIEWER;

    /** The Spring Security authority, e.g. {@code ROLE_ADMINISTRATOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The message key of the role's name in the user's language. */
    public String messageKey() {
        return "role." + name().toLowerCase(Locale.ROOT);
    }
}
