package org.pravaas.voting.polling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.pravaas.voting.ElectionId;
import org.pravaas.voting.StationId;
import org.pravaas.voting.VoteRecorded;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.election.Stations;
import org.pravaas.voting.register.Challenges;
import org.pravaas.voting.register.Receipts;
import org.pravaas.voting.register.Voter;
import org.springframework.stereotype.Component;

/**
 * What the desk knows of a voter and the vote it records: the rules first ({@link
 * PollingPolicy}), then the poll book's primary key, which refuses a second vote from any
 * station. Runs in the caller's transaction.
 */
@Component
class PollBook {
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private final Votes votes;
    private final Challenges challenges;
    private final Stations stations;
    private final PollingRecords records;
    private final Clock clock;

    PollBook(Votes votes, Challenges challenges, Stations stations, PollingRecords records, Clock clock) {
        this.votes = votes;
        this.challenges = challenges;
        this.stations = stations;
        this.records = records;
        this.clock = clock;
    }

    CheckIn view(Desk desk, Voter voter) {
        Station listedAt = stations.byId(voter.stationId()).orElseThrow();
        return new CheckIn(
                voter,
                Receipts.format(desk.election().code(), voter.receiptNumber()),
                listedAt,
                votes.of(desk.election().id(), voter.id()),
                challenges.hasOpen(voter.id()),
                firstRefusal(desk, voter));
    }

    Outcome vote(Desk desk, Voter voter) {
        Optional<Refusal> refusal = firstRefusal(desk, voter);
        if (refusal.isPresent()) {
            return records.refused(desk.station(), voter, refusal.get());
        }
        boolean provisional = challenges.hasOpen(voter.id());
        var election = desk.election();
        if (!votes.insert(election.id(), voter.id(), desk.station().id(), provisional, desk.clerk())) {
            return records.refused(desk.station(), voter, alreadyVoted(desk, voter));
        }
        var event = new VoteRecorded(
                new ElectionId(election.id()), new StationId(desk.station().id()), voter.voterId(), provisional);
        return records.recorded(desk.station(), voter, provisional, event);
    }

    private Optional<Refusal> firstRefusal(Desk desk, Voter voter) {
        LocalDate today = LocalDate.now(clock);
        return PollingPolicy.all().stream()
                .map(p -> p.check(desk.election(), desk.station(), voter, today))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Where and when the voter already voted: what the refused desk reads. */
    private Refusal alreadyVoted(Desk desk, Voter voter) {
        Vote vote = votes.of(desk.election().id(), voter.id()).orElseThrow();
        Station where = stations.byId(vote.stationId()).orElseThrow();
        return new Refusal("voting.poll.already-voted", where.code(), MINUTE.format(vote.recordedAt()));
    }
}
