package org.pravaas.voting.polling;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.register.Voter;
import org.pravaas.voting.register.VoterStatus;

/**
 * One rule a vote must meet before the poll book is asked; the database then refuses a second
 * vote. A refusal is a message key and its arguments, which the clerk reads.
 */
public sealed interface PollingPolicy {
    Optional<Refusal> check(Election election, Station station, Voter voter, LocalDate today);

    static List<PollingPolicy> all() {
        return List.of(new PollingDay(), new OnTheList(), new OwnStation());
    }

    /** Votes are recorded on the election's polling days only. */
    record PollingDay() implements PollingPolicy {
        @Override
        public Optional<Refusal> check(Election e, Station s, Voter v, LocalDate today) {
            return e.pollingOpenOn(today)
                    ? Optional.empty()
                    : Optional.of(new Refusal("voting.poll.closed", e.pollingStarts(), e.pollingEnds()));
        }
    }

    /** Only a voter on the list votes: not one held for review, rejected or struck off. */
    record OnTheList() implements PollingPolicy {
        @Override
        public Optional<Refusal> check(Election e, Station s, Voter v, LocalDate today) {
            if (v.status() == VoterStatus.HELD) {
                return Optional.of(new Refusal("voting.poll.held"));
            }
            return v.listed() ? Optional.empty() : Optional.of(new Refusal("voting.poll.not-listed"));
        }
    }

    /** Where the election says so, a voter votes only at the station whose list they are on. */
    record OwnStation() implements PollingPolicy {
        @Override
        public Optional<Refusal> check(Election e, Station s, Voter v, LocalDate today) {
            return !e.ownStationOnly() || v.stationId().equals(s.id())
                    ? Optional.empty()
                    : Optional.of(new Refusal("voting.poll.other-station", s.code()));
        }
    }
}
