package org.pravaas.health.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.OfficeId;
import org.pravaas.organization.Role;
import org.pravaas.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who sees a person's clinical data: a health officer whose offices
 * include the person's office, or someone who broke the glass for that person within the last
 * {@link #GLASS_OPEN}. Every clinical read passes through {@link #readClinical}, which audits it.
 */
@Service("healthClinicalAccess")
public class ClinicalAccess {
    /** How long a stated reason opens one person's clinical record for the user who gave it. */
    public static final Duration GLASS_OPEN = Duration.ofMinutes(30);

    private static final int MIN_REASON = 10;
    private final Access access;
    private final GlassBreaks glass;
    private final AuditLog audit;
    private final Clock clock;

    ClinicalAccess(Access access, GlassBreaks glass, AuditLog audit, Clock clock) {
        this.access = access;
        this.glass = glass;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the user may see of a person filed under {@code office}. */
    public record Visibility(boolean clinical, boolean status, boolean mayBreakGlass, @Nullable GlassBreak glass) {}

    @Transactional(readOnly = true)
    public Visibility of(UUID person, UUID office) {
        CurrentUser user = access.current();
        if (!access.covers(new OfficeId(office))) {
            return new Visibility(false, false, false, null);
        }
        if (isHealth(user)) {
            return new Visibility(true, true, false, null);
        }
        boolean status = Arrays.stream(HealthRoles.STATUS).anyMatch(user::has);
        boolean mayBreak = Arrays.stream(HealthRoles.BREAK_GLASS).anyMatch(user::has);
        Optional<GlassBreak> open = mayBreak ? glass.open(user.username(), person, clock.instant()) : Optional.empty();
        return new Visibility(open.isPresent(), status, mayBreak && open.isEmpty(), open.orElse(null));
    }

    /** Fails unless the user may see the clinical record; records the read (with the glass's reason). */
    @Transactional
    public Visibility readClinical(UUID person, UUID office, String what, Object objectId) {
        Visibility v = of(person, office);
        if (!v.clinical()) {
            throw new AccessDeniedException("Clinical data of " + person + " is for health officers of its office");
        }
        AuditEvent event =
                AuditEvent.of("health.clinical.read", what, objectId, office).withDetails("person=" + person);
        audit.record(
                v.glass() == null
                        ? event
                        : event.because("break-glass " + v.glass().id() + ": "
                                + v.glass().reason()));
        return v;
    }

    /** Fails unless the user is a health officer whose offices include {@code office}; their username. */
    public String requireWrite(UUID office) {
        CurrentUser user = access.requireRole(HealthRoles.CLINICAL);
        access.requireOffice(new OfficeId(office));
        return user.username();
    }

    /** Opens one person's clinical record to a non-health user for a while, with the reason they give. */
    @Transactional
    public GlassBreak breakGlass(UUID person, UUID office, @Nullable String reason) {
        CurrentUser user = access.requireRole(HealthRoles.BREAK_GLASS);
        access.requireOffice(new OfficeId(office));
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON) {
            throw new RuleViolation("reason", "health.glass.reason-required", MIN_REASON);
        }
        Instant now = clock.instant();
        GlassBreak g = new GlassBreak(
                org.pravaas.shared.Ids.newId(), person, office, user.username(), why, now, now.plus(GLASS_OPEN));
        glass.insert(g);
        audit.record(AuditEvent.of("health.glass.broken", "person", person, office)
                .because(why)
                .withDetails("until=" + g.expiresAt()));
        return g;
    }

    static boolean isHealth(CurrentUser user) {
        return Arrays.stream(HealthRoles.CLINICAL).anyMatch(user::has);
    }

    /** The signed-in user's role set allows writing health data at all (pages offer only what works). */
    public boolean mayWrite() {
        return access.signedIn().map(ClinicalAccess::isHealth).orElse(false);
    }

    /** Administrators designate leads; a small helper for pages. */
    public boolean isAdministrator() {
        return access.signedIn().map(u -> u.has(Role.ADMINISTRATOR)).orElse(false);
    }
}
