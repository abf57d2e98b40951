package org.pravaas.casework.referral;

import java.util.List;
import org.pravaas.casework.consent.ConsentService.ConsentWithdrawn;
import org.pravaas.casework.consent.Recipient;
import org.pravaas.casework.file.CaseRoles;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.OfficeDirectory;
import org.pravaas.organization.OfficeId;
import org.pravaas.organization.PartnerDirectory;
import org.pravaas.organization.Role;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees a referral: a partner user of the partner it went to, a case user whose offices include
 * the office it went to, or one whose offices include the office that made it. Also stops the
 * referrals of a withdrawn consent, in the withdrawal's transaction.
 */
@Component
class ReferralAccess {
    private final Access access;
    private final OfficeDirectory offices;
    private final PartnerDirectory partners;
    private final Referrals referrals;

    ReferralAccess(Access access, OfficeDirectory offices, PartnerDirectory partners, Referrals referrals) {
        this.access = access;
        this.offices = offices;
        this.partners = partners;
        this.referrals = referrals;
    }

    /**
     * Whether the user reads the referral as its receiver; false for the referring office's
     * caseworkers, who read it as part of the case. Fails for anyone else.
     */
    boolean requireSeeing(Referral r) {
        CurrentUser user = access.current();
        if (receives(user, r)) return true;
        if (!user.has(Role.PARTNER) && hasCaseRole(user) && access.covers(new OfficeId(r.fromOffice()))) return false;
        throw new AccessDeniedException("Referral " + r.id() + " is not for this user");
    }

    void requireReceiving(Referral r) {
        if (!receives(access.current(), r)) {
            throw new AccessDeniedException("Only the receiver answers referral " + r.id());
        }
    }

    List<Referral> incoming(Referrals all) {
        CurrentUser user = access.current();
        if (user.has(Role.PARTNER)) {
            return user.partnerId() == null
                    ? List.of()
                    : all.toPartner(user.partnerId().value());
        }
        return hasCaseRole(user) ? all.toOffices(access.officesInScope()) : List.of();
    }

    String name(Recipient r) {
        return r.kind() == Recipient.Kind.OFFICE
                ? offices.code(r.id())
                : partners.name(r.id()).orElse(r.id().toString());
    }

    @EventListener
    void on(ConsentWithdrawn e) {
        referrals.stopUnder(e.consentId());
    }

    private boolean receives(CurrentUser user, Referral r) {
        if (r.to().kind() == Recipient.Kind.PARTNER) {
            return user.has(Role.PARTNER)
                    && user.partnerId() != null
                    && user.partnerId().value().equals(r.to().id());
        }
        return hasCaseRole(user) && access.covers(new OfficeId(r.to().id()));
    }

    private static boolean hasCaseRole(CurrentUser user) {
        return java.util.Arrays.stream(CaseRoles.WRITE).anyMatch(user::has);
    }
}
