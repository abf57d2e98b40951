package org.pravaas.voting.polling;

import org.pravaas.voting.register.Voter;

/** What became of an attempt to record a vote. */
public sealed interface Outcome {
    Voter voter();

    /** The vote is in the poll book; provisional when the voter's registration is challenged. */
    record Recorded(Voter voter, boolean provisional) implements Outcome {}

    /** Not recorded, and why. */
    record Refused(Voter voter, Refusal refusal) implements Outcome {}
}
