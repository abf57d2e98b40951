package org.pravaas.voting.polling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.pravaas.organization.CurrentUser;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.pravaas.shared.RuleViolation;
import org.pravaas.voting.ElectionId;
import org.pravaas.voting.StationId;
import org.pravaas.voting.VoteRecorded;
import org.pravaas.voting.election.Designation;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.Elections;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.election.StationAccess;
import org.pravaas.voting.election.Stations;
import org.pravaas.voting.register.Challenges;
import org.pravaas.voting.register.Receipts;
import org.pravaas.voting.register.Voter;
import org.pravaas.voting.register.VoterLists;
import org.pravaas.voting.register.VoterStatus;
import org.pravaas.voting.register.Voters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The polling desk: find the voter by receipt number or name, then record their vote. The
 * rules come first ({@link PollingPolicy}); the poll book's primary key then refuses a second
 * vote from any station, so two stations trying at the same instant get one vote and one
 * refusal. Both outcomes are audited; a challenged voter's vote is provisional.
 */
@Service
public class PollingService {
    private final Stations stations;
    private final Elections elections;
    private final Voters voters;
    private final VoterLists lists;
    private final Challenges challenges;
    private final Votes votes;
    private final StationAccess access;
    private final PollingRecords records;
    private final Clock clock;

    PollingService(
            Stations stations,
            Elections elections,
            Voters voters,
            VoterLists lists,
            Challenges challenges,
            Votes votes,
            StationAccess access,
            PollingRecords records,
            Clock clock) {
        this.stations = stations;
        this.elections = elections;
        this.voters = voters;
        this.lists = lists;
        this.challenges = challenges;
        this.votes = votes;
        this.access = access;
        this.records = records;
        this.clock = clock;
    }

    /** The voter with this receipt, as the desk of {@code stationId} sees them. */
    @Transactional
    public CheckIn checkIn(UUID stationId, String receipt) {
        Station station = desk(stationId);
        Election election = elections.byId(station.electionId()).orElseThrow();
        long number = receiptNumber(receipt);
        Voter voter = voters.byReceipt(election.id(), number)
                .orElseThrow(() -> new RuleViolation("receipt", "voting.poll.receipt-unknown"));
        records.read(station, voter);
        return checkIn(election, station, voter);
    }

    /** The voter by id, as the desk sees them (after a search by name). */
    @Transactional
    public CheckIn checkIn(UUID stationId, UUID voterId) {
        Station station = desk(stationId);
        Election election = elections.byId(station.electionId()).orElseThrow();
        Voter voter = voters.byId(voterId)
                .filter(v -> v.electionId().equals(election.id()))
                .orElseThrow(() -> new NotFoundException("voter", voterId));
        records.read(station, voter);
        return checkIn(election, station, voter);
    }

    /** Voters on the list a desk may call by name: its own list, or the election's when voters may vote anywhere. */
    @Transactional
    public Page<Voter> search(UUID stationId, String q) {
        Station station = desk(stationId);
        Election election = elections.byId(station.electionId()).orElseThrow();
        records.searched(station);
        UUID scope = election.ownStationOnly() ? station.id() : null;
        return lists.search(election.id(), scope, VoterStatus.REGISTERED, new PageRequest(0, 20, null, true, q));
    }

    /**
     * Records the vote of the voter holding this receipt, in one transaction: what a desk (or a
     * partner system over the API) does when it has nothing to show the clerk in between. The
     * vote or its refusal is the audit entry that names the voter.
     */
    @Transactional
    public Outcome voteByReceipt(UUID stationId, String receipt) {
        Station station = desk(stationId);
        Voter voter = voters.byReceipt(station.electionId(), receiptNumber(receipt))
                .orElseThrow(() -> new RuleViolation("receipt", "voting.poll.receipt-unknown"));
        return vote(stationId, voter.id());
    }

    /** Records the voter's vote at the station, or says why not. */
    @Transactional
    public Outcome vote(UUID stationId, UUID voterId) {
        Station station = desk(stationId);
        CurrentUser clerk = access.require(station, Designation.CLERK, Designation.PRESIDING_OFFICER);
        Election election = elections.byId(station.electionId()).orElseThrow();
        Voter voter = voters.byId(voterId)
                .filter(v -> v.electionId().equals(election.id()))
                .orElseThrow(() -> new NotFoundException("voter", voterId));
        Optional<Refusal> refusal = firstRefusal(election, station, voter);
        if (refusal.isPresent()) {
            return records.refused(station, voter, refusal.get());
        }
        boolean provisional = challenges.hasOpen(voter.id());
        if (!votes.insert(election.id(), voter.id(), station.id(), provisional, clerk.username())) {
            return records.refused(station, voter, alreadyVoted(election, voter));
        }
        return records.recorded(
                station,
                voter,
                provisional,
                new VoteRecorded(
                        new ElectionId(election.id()), new StationId(station.id()), voter.voterId(), provisional));
    }

    private CheckIn checkIn(Election election, Station station, Voter voter) {
        Station listedAt = stations.byId(voter.stationId()).orElseThrow();
        return new CheckIn(
                voter,
                Receipts.format(election.code(), voter.receiptNumber()),
                listedAt,
                votes.of(election.id(), voter.id()),
                challenges.hasOpen(voter.id()),
                firstRefusal(election, station, voter));
    }

    private Optional<Refusal> firstRefusal(Election election, Station station, Voter voter) {
        LocalDate today = LocalDate.now(clock);
        return PollingPolicy.all().stream()
                .map(p -> p.check(election, station, voter, today))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private Refusal alreadyVoted(Election election, Voter voter) {
        Vote vote = votes.of(election.id(), voter.id()).orElseThrow();
        Station where = stations.byId(vote.stationId()).orElseThrow();
        String at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(ZoneOffset.UTC)
                .format(vote.recordedAt());
        return new Refusal("voting.poll.already-voted", where.code(), at);
    }

    /** The number of a typed receipt; a mistyped or malformed one is refused before any look-up. */
    private static long receiptNumber(String receipt) {
        Receipts.Reading reading = Receipts.read(receipt);
        if (reading instanceof Receipts.WrongCheck) {
            throw new RuleViolation("receipt", "voting.poll.receipt-check");
        }
        if (!(reading instanceof Receipts.Valid valid)) {
            throw new RuleViolation("receipt", "voting.poll.receipt-malformed");
        }
        return valid.number();
    }

    private Station desk(UUID stationId) {
        Station station = stations.byId(Objects.requireNonNull(stationId))
                .orElseThrow(() -> new NotFoundException("station", stationId));
        access.require(station, Designation.CLERK, Designation.PRESIDING_OFFICER);
        return station;
    }
}
