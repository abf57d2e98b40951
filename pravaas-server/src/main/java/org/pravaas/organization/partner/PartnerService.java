package org.pravaas.organization.partner;

import java.util.List;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.OfficeId;
import org.pravaas.organization.Role;
import org.pravaas.organization.reference.ReferenceData;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.StaleUpdateException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner organisations, each managed by an office: staff read those of their subtree;
 * partner users see only their own organisation; administrators register and change them.
 */
@Service
public class PartnerService {
    private final Partners partners;
    private final Access access;
    private final AuditLog audit;
    private final ReferenceData reference;

    PartnerService(Partners partners, Access access, AuditLog audit, ReferenceData reference) {
        this.partners = partners;
        this.access = access;
        this.audit = audit;
        this.reference = reference;
    }

    /** A partner with what hangs off it. */
    public record Details(Partner partner, List<Contact> contacts, List<Agreement> agreements) {}

    @Transactional(readOnly = true)
    public Page<Partner> search(PartnerType type, String country, PageRequest page) {
        CurrentUser user = access.current();
        UUID only = user.has(Role.PARTNER) && user.partnerId() != null
                ? user.partnerId().value()
                : null;
        return partners.search(user.officePath(), new Partners.Query(type, country, only), page);
    }

    @Transactional
    public Details get(UUID id) {
        Partner partner = visible(id);
        audit.record(AuditEvent.of("partner.viewed", "partner", id, partner.officeId()));
        return new Details(partner, partners.contacts(id), partners.agreements(id));
    }

    @Transactional(readOnly = true)
    public long countInScope() {
        return partners.count(access.current().officePath());
    }

    @Transactional
    public Partner register(PartnerCommand command) {
        access.requireRole(Role.ADMINISTRATOR);
        check(command);
        UUID id = Ids.newId();
        try {
            partners.insert(id, command);
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("name", "partner.name.taken");
        }
        audit.record(AuditEvent.of("partner.created", "partner", id, command.officeId()));
        return visible(id);
    }

    @Transactional
    public Partner change(UUID id, long version, PartnerCommand command) {
        access.requireRole(Role.ADMINISTRATOR);
        Partner before = visible(id);
        check(command);
        try {
            if (!partners.update(id, version, command)) {
                throw new StaleUpdateException("partner", id, before.version());
            }
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("name", "partner.name.taken");
        }
        audit.record(AuditEvent.of("partner.changed", "partner", id, command.officeId()));
        return visible(id);
    }

    @Transactional
    public void addContact(UUID partnerId, Contact contact) {
        access.requireRole(Role.ADMINISTRATOR);
        Partner partner = visible(partnerId);
        UUID id = Ids.newId();
        partners.addContact(id, partnerId, contact);
        audit.record(AuditEvent.of("partner.contact-added", "partner", partnerId, partner.officeId()));
    }

    @Transactional
    public void addAgreement(UUID partnerId, Agreement agreement) {
        access.requireRole(Role.ADMINISTRATOR);
        Partner partner = visible(partnerId);
        if (agreement.endsOn() != null && agreement.endsOn().isBefore(agreement.startsOn())) {
            throw new RuleViolation("endsOn", "agreement.ends-before-start");
        }
        partners.addAgreement(Ids.newId(), partnerId, agreement);
        audit.record(AuditEvent.of("partner.agreement-added", "partner", partnerId, partner.officeId()));
    }

    private Partner visible(UUID id) {
        Partner partner = partners.find(id).orElseThrow(() -> new NotFoundException("partner", id));
        CurrentUser user = access.current();
        if (user.has(Role.PARTNER)
                && (user.partnerId() == null || !user.partnerId().value().equals(id))) {
            throw new AccessDeniedException("Partner users see only their own organisation");
        }
        if (!user.has(Role.PARTNER)) {
            access.requireOffice(new OfficeId(partner.officeId()));
        }
        return partner;
    }

    private void check(PartnerCommand command) {
        if (command.country() != null && !command.country().isBlank() && !reference.isCountry(command.country())) {
            throw new RuleViolation("country", "validation.country");
        }
        if (!access.covers(new OfficeId(command.officeId()))) {
            throw new RuleViolation("officeId", "office.out-of-scope");
        }
    }
}
