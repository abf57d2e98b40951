package org.pravaas.voting.register;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.Elections;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.election.StationAccess;
import org.pravaas.voting.election.Stations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads voters, for the election officials of their station's office; every read is audited. */
@Service
public class VoterService {
    private final Voters voters;
    private final VoterLists lists;
    private final Challenges challenges;
    private final Elections elections;
    private final Stations stations;
    private final StationAccess access;
    private final AuditLog audit;

    VoterService(
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

    @Transactional
    public VoterView view(UUID id) {
        Voter v = voters.byId(id).orElseThrow(() -> new NotFoundException("voter", id));
        Station station = stations.byId(v.stationId()).orElseThrow();
        access.requireReadVoters(station);
        Election election = elections.byId(v.electionId()).orElseThrow();
        List<VoterView.FlaggedVoter> flags = voters.flags(id).stream()
                .flatMap(f -> voters.byId(f.otherId()).stream().map(o -> flagged(election, o, f.probability())))
                .toList();
        audit.record(AuditEvent.of("voting.voter.read", "voter", id, station.officeId()));
        return new VoterView(
                v,
                Receipts.format(election.code(), v.receiptNumber()),
                election,
                station,
                voters.documents(id),
                flags,
                challenges.of(id));
    }

    private VoterView.FlaggedVoter flagged(Election election, Voter other, double probability) {
        Station s = stations.byId(other.stationId()).orElseThrow();
        return new VoterView.FlaggedVoter(
                other, Receipts.format(election.code(), other.receiptNumber()), s, probability);
    }

    /** A page of a station's voters; the whole election's for its auditors and administrators. */
    @Transactional
    public Page<Voter> list(
            Election election, @Nullable Station station, @Nullable VoterStatus status, PageRequest page) {
        if (station == null) {
            access.requireAuditor(election);
        } else {
            access.requireReadVoters(station);
        }
        audit.record(AuditEvent.of(
                        "voting.voters.listed",
                        station == null ? "election" : "station",
                        station == null ? election.id() : station.id(),
                        station == null ? election.officeId() : station.officeId())
                .withDetails(page.query() == null ? null : "search"));
        return lists.search(election.id(), station == null ? null : station.id(), status, page);
    }

    /** Every voter on a station's list, for the printed and exported list; audited as an export. */
    @Transactional
    public List<Voter> stationList(Station station) {
        access.requireReadVoters(station);
        audit.record(AuditEvent.of("voting.voters.exported", "station", station.id(), station.officeId()));
        return lists.listed(station.id());
    }
}
