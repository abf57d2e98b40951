package org.pravaas.organization;

import org.pravaas.organization.office.OfficeService;
import org.pravaas.organization.partner.PartnerService;
import org.pravaas.organization.user.Users;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts for the dashboard, within the signed-in user's scope. */
@Service
public class OrganizationFigures {
    private final OfficeService offices;
    private final PartnerService partners;
    private final Users users;
    private final Access access;

    OrganizationFigures(OfficeService offices, PartnerService partners, Users users, Access access) {
        this.offices = offices;
        this.partners = partners;
        this.users = users;
        this.access = access;
    }

    /** The figures a dashboard card shows. */
    public record Figures(String officeCode, long offices, long partners, long activeUsers) {}

    @Transactional(readOnly = true)
    public Figures inScope() {
        CurrentUser user = access.current();
        return new Figures(
                user.officeCode(),
                offices.countInScope(),
                partners.countInScope(),
                users.countActive(user.officePath()));
    }
}
