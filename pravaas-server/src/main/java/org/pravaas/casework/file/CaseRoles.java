package org.pravaas.casework.file;

import org.pravaas.organization.Role;

/** Who does what with cases. Partners are not here: they see referrals only, never a case file. */
public final class CaseRoles {
    /** Open cases, change them, add tasks, notes, attachments, consents and referrals. */
    public static final Role[] WRITE = {Role.CASEWORKER, Role.ADMINISTRATOR};

    /** Read cases of their offices. */
    public static final Role[] READ = {
        Role.CASEWORKER, Role.ADMINISTRATOR, Role.REGISTRAR, Role.MOVEMENT_OFFICER, Role.VIEWER
    };

    private CaseRoles() {}
}
