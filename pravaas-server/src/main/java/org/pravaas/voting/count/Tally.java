package org.pravaas.voting.count;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Results of a group of stations (one station, a host country, the whole election): from its
 * counted forms only, with the registrations and votes recorded (provisional ones among them) of
 * all its stations.
 */
public record Tally(
        String key,
        long listed,
        long votesRecorded,
        long provisional,
        long issued,
        long valid,
        long invalid,
        long spoiled,
        long[] votes,
        int formsCounted,
        int stations) {

    static Tally empty(String key, int choices) {
        return new Tally(key, 0, 0, 0, 0, 0, 0, 0, new long[choices], 0, 0);
    }

    Tally plus(long listedMore, long[] recordedMore, @Nullable ResultForm form) {
        long[] sum = votes.clone();
        Figures f = form != null && form.counted() ? form.figures() : null;
        if (f != null) {
            for (int i = 0; i < Math.min(sum.length, f.votes().size()); i++)
                sum[i] += f.votes().get(i);
        }
        return new Tally(
                key,
                listed + listedMore,
                votesRecorded + recordedMore[0],
                provisional + recordedMore[1],
                issued + (f == null ? 0 : f.ballotsIssued()),
                valid + (f == null ? 0 : f.valid()),
                invalid + (f == null ? 0 : f.invalid()),
                spoiled + (f == null ? 0 : f.spoiled()),
                sum,
                formsCounted + (f == null ? 0 : 1),
                stations + 1);
    }

    /** Ballots issued in counted forms per hundred registrations of the group; 0 without registrations. */
    public double turnoutPercent() {
        return listed == 0 ? 0 : 100.0 * issued / listed;
    }

    /** The share of a choice in the valid votes, in percent. */
    public double share(int choice) {
        return valid == 0 ? 0 : 100.0 * votes[choice] / valid;
    }

    public long votesOf(int choice) {
        return votes[choice];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tally t && t.key.equals(key) && Arrays.equals(t.votes, votes) && t.issued == issued;
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
