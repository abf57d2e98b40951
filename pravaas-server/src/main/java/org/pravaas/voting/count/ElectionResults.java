package org.pravaas.voting.count;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.Station;

/** An election's results by station, by host country and overall, with how many forms stand where. */
public record ElectionResults(
        Election election,
        List<String> contestants,
        List<StationResult> stations,
        List<Tally> countries,
        Tally overall,
        Map<FormStatus, Long> forms) {

    /** One station: its form (none yet when no clerk entered it) and its tally. */
    public record StationResult(Station station, @Nullable ResultForm form, Tally tally) {}
}
