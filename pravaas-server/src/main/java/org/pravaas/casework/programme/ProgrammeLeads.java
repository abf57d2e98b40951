package org.pravaas.casework.programme;

import org.pravaas.casework.file.CaseRoles;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sets a programme's own settings (resettlement quotas, AVRR indicators, emergency items):
 * administrators, and the programme's managers (the engine's designation, finer than the
 * organisation's roles, which also lets them edit the programme's definition).
 */
@Component
public class ProgrammeLeads {
    private final JdbcClient jdbc;
    private final Access access;

    ProgrammeLeads(JdbcClient jdbc, Access access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Whether the signed-in user may change the programme's settings. */
    public boolean leads(String programme) {
        CurrentUser user = access.signedIn().orElse(null);
        if (user == null) return false;
        if (user.has(Role.ADMINISTRATOR)) return true;
        return jdbc.sql("select count(*) from casework.programme_manager where username = :u and programme = :p")
                        .param("u", user.username())
                        .param("p", programme)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Fails with {@link AccessDeniedException} unless the user holds a role that reads cases: the
     * programme pages hold no personal data, but partners and election or health staff have no
     * business with quotas and stock.
     */
    public void requireReader() {
        access.requireRole(CaseRoles.READ);
    }

    /** Fails with {@link AccessDeniedException} unless {@link #leads} the programme. */
    public void requireLead(String programme) {
        if (!leads(programme)) throw new AccessDeniedException("Requires the lead of " + programme);
    }
}
