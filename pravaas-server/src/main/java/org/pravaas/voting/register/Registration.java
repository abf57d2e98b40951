package org.pravaas.voting.register;

import java.util.List;

/**
 * A registration as stored: the voter, their printed receipt number and, when it was held for
 * review, the registrations it probably repeats.
 */
public record Registration(Voter voter, String receipt, List<Flag> flags) {
    public Registration {
        flags = List.copyOf(flags);
    }

    public boolean held() {
        return voter.status() == VoterStatus.HELD;
    }
}
