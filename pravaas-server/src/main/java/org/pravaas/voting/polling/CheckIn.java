package org.pravaas.voting.polling;

import java.util.Optional;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.register.Voter;

/**
 * A voter found at a station's desk: their receipt, the station whose list they are on, the vote
 * they already cast, whether a challenge is open (they vote provisionally), and the first rule
 * that would refuse their vote here.
 */
public record CheckIn(
        Voter voter,
        String receipt,
        Station listedAt,
        Optional<Vote> vote,
        boolean challenged,
        Optional<Refusal> refusal) {

    public boolean mayVote() {
        return vote.isEmpty() && refusal.isEmpty();
    }
}
