package org.pravaas.voting.register;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.CurrentUser;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.pravaas.voting.election.Designation;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.Elections;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.election.StationAccess;
import org.pravaas.voting.election.Stations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What auditors decide about registrations: a held registration is either the same person as
 * the one it repeats (rejected) or someone else (put on the list); a challenge is upheld (the
 * voter is struck off) or dismissed. Challenges are filed by any official of the voter's station.
 */
@Service
public class VoterReview {
    private final Voters voters;
    private final VoterLists lists;
    private final Challenges challenges;
    private final Elections elections;
    private final Stations stations;
    private final StationAccess access;
    private final AuditLog audit;

    VoterReview(
            Voters voters,
            VoterLists lists,
            Challenges challenges,
            Elections elections,
            Stations stations,
            StationAccess access,
            AuditLog audit) {
        this.voters = voters;
        this.lists = lists;
        this.challenges = challenges;
        this.elections = elections;
        this.stations = stations;
        this.access = access;
        this.audit = audit;
    }

    /** Held registrations of the election, for its auditors. */
    @Transactional
    public List<Voter> held(Election election) {
        access.requireAuditor(election);
        audit.record(AuditEvent.of("voting.voters.listed", "election", election.id(), election.officeId())
                .withDetails("held"));
        return lists.search(election.id(), null, VoterStatus.HELD, org.pravaas.shared.PageRequest.first(200))
                .items();
    }

    @Transactional
    public Voter decideHeld(UUID voterId, boolean sameAsFlagged, String note) {
        Voter v = voters.byId(voterId).orElseThrow(() -> new NotFoundException("voter", voterId));
        CurrentUser user = access.requireAuditor(elections.byId(v.electionId()).orElseThrow());
        if (v.status() != VoterStatus.HELD) {
            throw new RuleViolation("", "voting.review.not-held");
        }
        requireNote(note);
        VoterStatus next = sameAsFlagged ? VoterStatus.REJECTED : VoterStatus.REGISTERED;
        voters.setStatus(voterId, next, user.username(), note.strip());
        audit.record(AuditEvent.of(
                        "voting.voter.reviewed", "voter", voterId, station(v).officeId())
                .because(note.strip())
                .withDetails(next.name()));
        return voters.byId(voterId).orElseThrow();
    }

    @Transactional
    public Challenge file(UUID voterId, String grounds) {
        Voter v = voters.byId(voterId).orElseThrow(() -> new NotFoundException("voter", voterId));
        Station s = station(v);
        CurrentUser user = access.require(s, Designation.values());
        if (grounds == null || grounds.isBlank()) {
            throw new RuleViolation("grounds", "validation.required");
        }
        if (!v.listed()) {
            throw new RuleViolation("grounds", "voting.challenge.not-listed");
        }
        Challenge c = new Challenge(
                Ids.newId(),
                voterId,
                grounds.strip(),
                Challenge.Status.OPEN,
                user.username(),
                java.time.Instant.now(),
                null,
                null,
                null);
        challenges.insert(c);
        audit.record(AuditEvent.of("voting.challenge.filed", "voter", voterId, s.officeId()));
        return c;
    }

    @Transactional
    public Challenge adjudicate(UUID challengeId, boolean upheld, String decision) {
        Challenge c = challenges.byId(challengeId).orElseThrow(() -> new NotFoundException("challenge", challengeId));
        Voter v = voters.byId(c.voterId()).orElseThrow();
        CurrentUser user = access.requireAuditor(elections.byId(v.electionId()).orElseThrow());
        requireNote(decision);
        Challenge.Status status = upheld ? Challenge.Status.UPHELD : Challenge.Status.DISMISSED;
        if (!challenges.decide(challengeId, status, user.username(), decision.strip())) {
            throw new RuleViolation("", "voting.challenge.already-decided");
        }
        if (upheld && v.listed()) {
            voters.setStatus(v.id(), VoterStatus.STRUCK, user.username(), decision.strip());
        }
        audit.record(AuditEvent.of(
                        "voting.challenge.decided", "voter", v.id(), station(v).officeId())
                .because(decision.strip())
                .withDetails(status.name()));
        return challenges.byId(challengeId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Challenge> openChallenges(Election election) {
        access.requireAuditor(election);
        return challenges.open(election.id());
    }

    private Station station(Voter v) {
        return stations.byId(v.stationId()).orElseThrow();
    }

    private static void requireNote(String note) {
        if (Objects.requireNonNullElse(note, "").isBlank()) {
            throw new RuleViolation("note", "voting.review.note-required");
        }
    }
}
