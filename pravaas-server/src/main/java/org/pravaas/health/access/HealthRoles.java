package org.pravaas.health.access;

import org.pravaas.organization.Role;

/**
 * Who may do what with health data. Administrators are deliberately not a health role: they run
 * accounts and offices, not clinics, so they reach clinical data only by breaking the glass.
 */
public final class HealthRoles {
    /** Record and read clinical data of the people of their offices. */
    public static final Role[] CLINICAL = {Role.HEALTH_OFFICER};

    /** See a person's travel status (fit until…, on hold), never a finding. */
    public static final Role[] STATUS = {
        Role.HEALTH_OFFICER, Role.ADMINISTRATOR, Role.CASEWORKER, Role.MOVEMENT_OFFICER, Role.REGISTRAR, Role.VIEWER
    };

    /** May open a clinical record with a stated reason: those with a duty of care or of travel. */
    public static final Role[] BREAK_GLASS = {Role.ADMINISTRATOR, Role.CASEWORKER, Role.MOVEMENT_OFFICER, Role.REGISTRAR
    };

    private HealthRoles() {}
}
