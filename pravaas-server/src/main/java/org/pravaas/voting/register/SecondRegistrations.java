package org.pravaas.voting.register;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.register.VoterMatching.Profile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Is this applicant already registered in the election, at any station, under another spelling
 * or script? Reads the candidates sharing a blocking key, scores each with the matching engine,
 * and keeps those at or above the hold threshold, most probable first.
 */
@Component
public class SecondRegistrations {
    private static final int MOST = 5;
    private final Voters voters;
    private final VoterMatching matching;
    private final double threshold;

    SecondRegistrations(
            Voters voters, VoterMatching matching, @Value("${pravaas.voting.hold-threshold:0.9}") double threshold) {
        this.voters = voters;
        this.matching = matching;
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    public List<Flag> find(Election election, Profile applicant) {
        List<UUID> ids = voters.candidates(election.id(), matching.probe(applicant));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> documents = voters.firstDocuments(ids);
        return voters.findAll(ids).stream()
                .map(v -> new Flag(
                        v.id(), matching.probability(applicant, profile(v, election.country(), documents.get(v.id())))))
                .filter(f -> f.probability() >= threshold)
                .sorted(Comparator.comparingDouble(Flag::probability).reversed())
                .limit(MOST)
                .toList();
    }

    /** A stored voter as the engine compares them; every voter of an election holds its citizenship. */
    static Profile profile(Voter v, String citizenship, @Nullable String documentKey) {
        return new Profile(v.id().toString(), v.given(), v.family(), v.birthDate(), v.sex(), citizenship, documentKey);
    }
}
