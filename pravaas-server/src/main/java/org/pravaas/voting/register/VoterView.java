package org.pravaas.voting.register;

import java.util.List;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.Station;

/** A voter with what their page shows: receipt, station, documents, flags and challenges. */
public record VoterView(
        Voter voter,
        String receipt,
        Election election,
        Station station,
        List<VoterDocument> documents,
        List<FlaggedVoter> flags,
        List<Challenge> challenges) {

    /** A registration this one probably repeats, as far as the reader may see it. */
    public record FlaggedVoter(Voter other, String receipt, Station station, double probability) {}

    public boolean hasOpenChallenge() {
        return challenges.stream().anyMatch(Challenge::open);
    }
}
