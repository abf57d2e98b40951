package org.pravaas.voting.polling;

import java.util.UUID;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.pravaas.shared.RuleViolation;
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
 * refusal. Look-ups, votes and refusals are audited; a challenged voter's vote is provisional.
 */
@Service
public class PollingService {
    private final Desks desks;
    private final Voters voters;
    private final VoterLists lists;
    private final PollBook book;
    private final PollingRecords records;

    PollingService(Desks desks, Voters voters, VoterLists lists, PollBook book, PollingRecords records) {
        this.desks = desks;
        this.voters = voters;
        this.lists = lists;
        this.book = book;
        this.records = records;
    }

    /** The voter with this receipt, as the desk of {@code stationId} sees them. */
    @Transactional
    public CheckIn checkIn(UUID stationId, String receipt) {
        Desk desk = desks.open(stationId);
        Voter voter = byReceipt(desk, receipt);
        records.read(desk.station(), voter);
        return book.view(desk, voter);
    }

    /** The voter by id, as the desk sees them (after a search by name). */
    @Transactional
    public CheckIn checkIn(UUID stationId, UUID voterId) {
        Desk desk = desks.open(stationId);
        Voter voter = byId(desk, voterId);
        records.read(desk.station(), voter);
        return book.view(desk, voter);
    }

    /** Voters on the list a desk may call by name: its own list, or the election's when voters may vote anywhere. */
    @Transactional
    public Page<Voter> search(UUID stationId, String q) {
        Desk desk = desks.open(stationId);
        records.searched(desk.station());
        UUID scope = desk.election().ownStationOnly() ? desk.station().id() : null;
        return lists.search(desk.election().id(), scope, VoterStatus.REGISTERED, new PageRequest(0, 20, null, true, q));
    }

    /**
     * Records the vote of the voter holding this receipt, in one transaction: what a desk (or a
     * partner system over the API) does when it has nothing to show the clerk in between. The
     * vote or its refusal is the audit entry that names the voter.
     */
    @Transactional
    public Outcome voteByReceipt(UUID stationId, String receipt) {
        Desk desk = desks.open(stationId);
        return book.vote(desk, byReceipt(desk, receipt));
    }

    /** Records the voter's vote at the station, or says why not. */
    @Transactional
    public Outcome vote(UUID stationId, UUID voterId) {
        Desk desk = desks.open(stationId);
        return book.vote(desk, byId(desk, voterId));
    }

    private Voter byId(Desk desk, UUID voterId) {
        return voters.byId(voterId)
                .filter(v -> v.electionId().equals(desk.election().id()))
                .orElseThrow(() -> new NotFoundException("voter", voterId));
    }

    /** The voter holding a typed receipt; a mistyped or malformed one is refused before any look-up. */
    private Voter byReceipt(Desk desk, String receipt) {
        Receipts.Reading reading = Receipts.read(receipt);
        if (reading instanceof Receipts.WrongCheck) {
            throw new RuleViolation("receipt", "voting.poll.receipt-check");
        }
        if (!(reading instanceof Receipts.Valid valid)) {
            throw new RuleViolation("receipt", "voting.poll.receipt-malformed");
        }
        return voters.byReceipt(desk.election().id(), valid.number())
                .orElseThrow(() -> new RuleViolation("receipt", "voting.poll.receipt-unknown"));
    }
}
