package org.pravaas.skills.profile;

import java.util.Arrays;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.Role;

/**
 * Who may do what with skills and placements; the office scope is checked separately. Labour and
 * skills programmes are casework: caseworkers (and administrators) record profiles, openings and
 * placements; registrars, movement officers and viewers read them.
 */
public final class SkillsRoles {
    public static final Role[] WRITE = {Role.ADMINISTRATOR, Role.CASEWORKER};

    public static final Role[] READ = {
        Role.ADMINISTRATOR, Role.CASEWORKER, Role.REGISTRAR, Role.MOVEMENT_OFFICER, Role.VIEWER
    };

    private SkillsRoles() {}

    public static boolean mayWrite(CurrentUser user) {
        return Arrays.stream(WRITE).anyMatch(user::has);
    }
}
