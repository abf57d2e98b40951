package org.pravaas.skills.orientation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.OfficeId;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.pravaas.skills.profile.ProfileRules;
import org.pravaas.skills.profile.SkillsRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans orientation sessions for an office and records who came; attendance lists are audited reads. */
@Service
public class OrientationService {
    private final Orientations sessions;
    private final ProfileRules rules;
    private final Access access;
    private final AuditLog audit;

    OrientationService(Orientations sessions, ProfileRules rules, Access access, AuditLog audit) {
        this.sessions = sessions;
        this.rules = rules;
        this.access = access;
        this.audit = audit;
    }

    /** A session with those registered and those who could be. */
    public record SessionView(OrientationSession session, List<Attendee> attendees, List<Attendee> eligible) {}

    @Transactional(readOnly = true)
    public List<OrientationSession> sessions() {
        access.requireRole(SkillsRoles.READ);
        return sessions.inOffices(access.officesInScope());
    }

    @Transactional
    public OrientationSession plan(SessionCommand c) {
        CurrentUser user = access.requireRole(SkillsRoles.WRITE);
        List<Violation> problems = new ArrayList<>();
        rules.country(problems, "destinationCountry", c.destinationCountry());
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        OrientationSession s = new OrientationSession(
                Ids.newId(),
                user.officeId().value(),
                Objects.requireNonNull(c.title()).strip(),
                Objects.requireNonNull(c.destinationCountry()).strip().toUpperCase(java.util.Locale.ROOT),
                Objects.requireNonNull(c.heldOn()),
                Objects.requireNonNull(c.place()).strip(),
                Objects.requireNonNull(c.capacity()));
        sessions.insert(s, user.username());
        audit.record(AuditEvent.of("skills.orientation.planned", "orientation", s.id(), s.officeId()));
        return s;
    }

    @Transactional
    public SessionView view(UUID id) {
        access.requireRole(SkillsRoles.READ);
        OrientationSession s = reachable(id);
        audit.record(AuditEvent.of("skills.orientation.read", "orientation", id, s.officeId()));
        return new SessionView(s, sessions.attendees(id), sessions.eligible(s, access.officesInScope()));
    }

    @Transactional
    public void register(UUID id, UUID profile) {
        access.requireRole(SkillsRoles.WRITE);
        OrientationSession s = reachable(id);
        if (sessions.eligible(s, access.officesInScope()).stream()
                .noneMatch(a -> a.profileId().equals(profile))) {
            throw new RuleViolation("profileId", "skills.orientation.not-eligible");
        }
        if (sessions.count(id) >= s.capacity()) {
            throw new RuleViolation("profileId", "skills.orientation.full", s.capacity());
        }
        sessions.register(id, profile);
        audit.record(AuditEvent.of("skills.orientation.registered", "orientation", id, s.officeId()));
    }

    @Transactional
    public void mark(UUID id, UUID profile, boolean attended) {
        access.requireRole(SkillsRoles.WRITE);
        OrientationSession s = reachable(id);
        if (!sessions.mark(id, profile, attended)) throw new NotFoundException("attendee", profile);
        audit.record(AuditEvent.of("skills.orientation.marked", "orientation", id, s.officeId())
                .withDetails(attended ? "present" : "absent"));
    }

    private OrientationSession reachable(UUID id) {
        OrientationSession s = sessions.find(id).orElseThrow(() -> new NotFoundException("orientation", id));
        if (!access.covers(new OfficeId(s.officeId()))) throw new NotFoundException("orientation", id);
        return s;
    }
}
