package org.pravaas.governance.session;

import java.util.List;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.governance.MemberStates;
import org.pravaas.governance.VotingRight;
import org.pravaas.organization.Access;
import org.pravaas.organization.Role;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Resolutions adopted at sessions, and the votes of member states on them. */
@Service
public class ResolutionService {
    private static final VotePolicy VOTES = new VotePolicy();

    private final Resolutions resolutions;
    private final Sessions sessions;
    private final MemberStates members;
    private final Access access;
    private final AuditLog audit;

    ResolutionService(Resolutions resolutions, Sessions sessions, MemberStates members, Access access, AuditLog audit) {
        this.resolutions = resolutions;
        this.sessions = sessions;
        this.members = members;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Resolution get(UUID id) {
        access.current();
        return resolutions.find(id).orElseThrow(() -> new NotFoundException("resolution", id));
    }

    @Transactional(readOnly = true)
    public List<Resolution.Vote> votes(UUID id) {
        access.current();
        return resolutions.votes(id);
    }

    @Transactional(readOnly = true)
    public Resolution.Tally tally(UUID id) {
        return resolutions.tally(id);
    }

    @Transactional(readOnly = true)
    public List<Resolutions.CastVote> castBy(String country) {
        access.current();
        return resolutions.castBy(country);
    }

    @Transactional
    public Resolution adopt(UUID sessionId, ResolutionCommand c) {
        access.requireRole(Role.GOVERNANCE_OFFICER, Role.ADMINISTRATOR);
        Session session = sessions.find(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
        if (c.adoptedOn().isBefore(session.startsOn()) || c.adoptedOn().isAfter(session.endsOn())) {
            throw new RuleViolation(
                    "adoptedOn", "governance.resolution.outside-session", session.startsOn(), session.endsOn());
        }
        if (resolutions.numberTaken(c.number().strip())) {
            throw new RuleViolation("number", "governance.resolution.number-taken", c.number());
        }
        Resolution r = new Resolution(
                Ids.newId(),
                sessionId,
                c.number().strip(),
                AgendaItemCommand.Titles.of(c.titleEn(), c.titleFr(), c.titleEs(), null),
                c.body(),
                c.adoptedOn(),
                c.adoption());
        resolutions.insert(r);
        audit.record(AuditEvent.of("governance.resolution.adopted", "resolution", r.id(), null)
                .withDetails(r.number()));
        return r;
    }

    /** Records a member state's vote; refused, with the reason, when it could not vote that day. */
    @Transactional
    public VotingRight vote(UUID resolutionId, VoteCommand c) {
        access.requireRole(Role.GOVERNANCE_OFFICER, Role.ADMINISTRATOR);
        Resolution r = get(resolutionId);
        VotingRight right = members.votingRight(c.country(), r.adoptedOn());
        var violations = VOTES.check(r, right);
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        resolutions.vote(resolutionId, c.country(), c.choice());
        audit.record(AuditEvent.of("governance.vote.recorded", "resolution", resolutionId, null)
                .withDetails(c.country() + " " + c.choice()));
        return right;
    }
}
