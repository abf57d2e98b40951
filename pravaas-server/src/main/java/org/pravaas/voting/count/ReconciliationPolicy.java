package org.pravaas.voting.count;

import java.util.List;
import java.util.Optional;

/**
 * One check an agreed result form must pass to be counted; a failing form is quarantined with
 * every reason that applies.
 */
public sealed interface ReconciliationPolicy {
    /** What the form is checked against: the station's list and poll book. */
    record Station(long listedVoters, long votesRecorded, boolean ownStationOnly, int choices) {}

    Optional<Reason> check(Figures f, Station s);

    static List<ReconciliationPolicy> all() {
        return List.of(
                new BallotAccount(), new BallotsCast(), new VotesAddUp(), new TurnoutWithinList(), new PollBook());
    }

    /** Every ballot received is issued, spoiled or unused. */
    record BallotAccount() implements ReconciliationPolicy {
        @Override
        public Optional<Reason> check(Figures f, Station s) {
            int accounted = f.ballotsIssued() + f.spoiled() + f.unused();
            return f.ballotsReceived() == accounted
                    ? Optional.empty()
                    : Optional.of(Reason.of(
                            "voting.reconcile.ballot-account",
                            f.ballotsReceived(),
                            f.ballotsIssued(),
                            f.spoiled(),
                            f.unused()));
        }
    }

    /** Every ballot issued is in the box, valid or invalid. */
    record BallotsCast() implements ReconciliationPolicy {
        @Override
        public Optional<Reason> check(Figures f, Station s) {
            return f.valid() + f.invalid() == f.ballotsIssued()
                    ? Optional.empty()
                    : Optional.of(Reason.of("voting.reconcile.cast", f.valid(), f.invalid(), f.ballotsIssued()));
        }
    }

    /** The votes of the choices add up to the valid ballots, one figure per choice. */
    record VotesAddUp() implements ReconciliationPolicy {
        @Override
        public Optional<Reason> check(Figures f, Station s) {
            if (f.votes().size() != s.choices()) {
                return Optional.of(Reason.of(
                        "voting.reconcile.choices", s.choices(), f.votes().size()));
            }
            return f.votesTotal() == f.valid()
                    ? Optional.empty()
                    : Optional.of(Reason.of("voting.reconcile.votes", f.votesTotal(), f.valid()));
        }
    }

    /** Turnout cannot exceed registrations: where voters vote at their own station, no more ballots than its list. */
    record TurnoutWithinList() implements ReconciliationPolicy {
        @Override
        public Optional<Reason> check(Figures f, Station s) {
            return !s.ownStationOnly() || f.ballotsIssued() <= s.listedVoters()
                    ? Optional.empty()
                    : Optional.of(Reason.of("voting.reconcile.turnout", f.ballotsIssued(), s.listedVoters()));
        }
    }

    /** The ballots issued are the votes the station's poll book recorded. */
    record PollBook() implements ReconciliationPolicy {
        @Override
        public Optional<Reason> check(Figures f, Station s) {
            return f.ballotsIssued() == s.votesRecorded()
                    ? Optional.empty()
                    : Optional.of(Reason.of("voting.reconcile.poll-book", f.ballotsIssued(), s.votesRecorded()));
        }
    }
}
