package org.pravaas.movement.travel;

import java.util.UUID;
import org.pravaas.organization.Access;
import org.pravaas.organization.OfficeId;
import org.pravaas.organization.Role;
import org.springframework.stereotype.Component;

/** Who may read and plan movements: movement officers and administrators write, caseworkers and viewers read. */
@Component
public class MovementAccess {
    static final Role[] WRITE = {Role.MOVEMENT_OFFICER, Role.ADMINISTRATOR};
    public static final Role[] READ = {Role.MOVEMENT_OFFICER, Role.ADMINISTRATOR, Role.CASEWORKER, Role.VIEWER};
    private final Access access;

    MovementAccess(Access access) {
        this.access = access;
    }

    public void requireRead(UUID office) {
        access.requireRole(READ);
        access.requireOffice(new OfficeId(office));
    }

    /** The acting user's name, once their role and office scope allow writing there. */
    public String requireWrite(UUID office) {
        String who = access.requireRole(WRITE).username();
        access.requireOffice(new OfficeId(office));
        return who;
    }

    public boolean mayWrite() {
        return access.signedIn()
                .map(u -> u.has(Role.MOVEMENT_OFFICER) || u.has(Role.ADMINISTRATOR))
                .orElse(false);
    }

    public java.util.List<UUID> offices() {
        access.requireRole(READ);
        return access.officesInScope();
    }

    public UUID currentOffice() {
        return access.current().officeId().value();
    }
}
