package org.pravaas.health.access;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.OfficeDirectory;
import org.pravaas.organization.OfficeId;
import org.pravaas.organization.Role;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.pravaas.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The health leads of offices, and the report a lead reads: who broke the glass on the people of
 * the offices they lead, when and why.
 */
@Service("healthGlassReport")
public class GlassReport {
    private final HealthLeads leads;
    private final GlassBreaks glass;
    private final Access access;
    private final OfficeDirectory offices;
    private final UserDetailsService accounts;
    private final AuditLog audit;
    private final Clock clock;

    GlassReport(
            HealthLeads leads,
            GlassBreaks glass,
            Access access,
            OfficeDirectory offices,
            UserDetailsService accounts,
            AuditLog audit,
            Clock clock) {
        this.leads = leads;
        this.glass = glass;
        this.access = access;
        this.offices = offices;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the signed-in user leads health in some office. */
    @Transactional(readOnly = true)
    public boolean isLead() {
        return access.signedIn().map(u -> !leads.ledBy(u.username()).isEmpty()).orElse(false);
    }

    /** The glass breaks in the offices the user leads; fails for a user who leads none. */
    @Transactional
    public Page<GlassBreak> forLead(PageRequest page) {
        CurrentUser user = access.current();
        List<UUID> led = leads.ledBy(user.username());
        if (led.isEmpty()) throw new AccessDeniedException("Only an office's health lead reads its glass breaks");
        audit.record(AuditEvent.of("health.glass.report.read", "office", led.get(0), led.get(0)));
        return glass.ofOffices(led, page);
    }

    @Transactional(readOnly = true)
    public List<HealthLead> leads() {
        access.requireRole(Role.ADMINISTRATOR, Role.HEALTH_OFFICER);
        return leads.all().stream()
                .filter(l -> access.covers(new OfficeId(l.officeId())))
                .toList();
    }

    /**
     * An administrator names the health lead of an office in their scope: an active account that
     * holds the health officer role.
     */
    @Transactional
    public void designate(String officeCode, String username) {
        CurrentUser admin = access.requireRole(Role.ADMINISTRATOR);
        OfficeId office = offices.byCode(officeCode.strip())
                .orElseThrow(() -> new RuleViolation("office", "health.lead.unknown-office", officeCode));
        access.requireOffice(office);
        if (!isHealthOfficer(username.strip())) {
            throw new RuleViolation("username", "health.lead.not-health-officer", username);
        }
        leads.designate(office.value(), username.strip(), admin.username(), clock.instant());
        audit.record(AuditEvent.of("health.lead.designated", "office", office, office.value())
                .withDetails("lead=" + username.strip()));
    }

    private boolean isHealthOfficer(String username) {
        try {
            UserDetails account = accounts.loadUserByUsername(username);
            return account.isEnabled()
                    && account.getAuthorities().stream()
                            .map(GrantedAuthority::getAuthority)
                            .anyMatch(Role.HEALTH_OFFICER.authority()::equals);
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }
}
