package org.pravaas.voting.count;

import java.util.ArrayList;
import java.util.List;

/** The numbers of a result form. */
public record Figures(
        int ballotsReceived, int ballotsIssued, int spoiled, int unused, int invalid, int valid, List<Integer> votes) {

    public Figures {
        votes = List.copyOf(votes);
    }

    public int votesTotal() {
        return votes.stream().mapToInt(Integer::intValue).sum();
    }

    /** The fields where two copies differ, by name; empty when they agree. */
    List<String> differencesFrom(Figures other) {
        List<String> out = new ArrayList<>();
        if (ballotsReceived != other.ballotsReceived) out.add("ballotsReceived");
        if (ballotsIssued != other.ballotsIssued) out.add("ballotsIssued");
        if (spoiled != other.spoiled) out.add("spoiled");
        if (unused != other.unused) out.add("unused");
        if (invalid != other.invalid) out.add("invalid");
        if (valid != other.valid) out.add("valid");
        for (int i = 0; i < Math.max(votes.size(), other.votes.size()); i++) {
            if (i >= votes.size() || i >= other.votes.size() || !votes.get(i).equals(other.votes.get(i))) {
                out.add("votes." + (i + 1));
            }
        }
        return out;
    }

    Integer[] votesArray() {
        return votes.toArray(Integer[]::new);
    }
}
