package org.pravaas.skills;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.pravaas.shared.NotFoundException;
import org.pravaas.skills.demo.SyntheticData;
import org.pravaas.skills.matching.MatchService;
import org.pravaas.skills.matching.Pool;
import org.pravaas.skills.opening.Opening;
import org.pravaas.skills.opening.Openings;
import org.springframework.stereotype.Service;

/**
 * What the benchmark runs, without a signed-in user: synthetic profiles and openings, the
 * candidate pool, and rankings one by one or in batch (every opening, on every core).
 */
@Service
public class SkillsDemo {
    private final SyntheticData synthetic;
    private final MatchService matching;
    private final Openings openings;

    SkillsDemo(SyntheticData synthetic, MatchService matching, Openings openings) {
        this.synthetic = synthetic;
        this.matching = matching;
        this.openings = openings;
    }

    public void generate(int profiles, int openingCount, UUID office, double seed) {
        synthetic.profiles(profiles, office, seed);
        synthetic.openings(openingCount, office);
    }

    /** Loads (or reuses) the pool; its size. */
    public int poolSize() {
        return matching.pool().size();
    }

    public List<UUID> openOpenings() {
        return openings.openIds();
    }

    /** Ranks one opening as the page does (read from the database, then ranked); how many listed. */
    public int rank(UUID openingId, int limit) {
        Opening o = openings.find(openingId).orElseThrow(() -> new NotFoundException("opening", openingId));
        return MatchService.rank(matching.pool(), o, limit, null).size();
    }

    /** Ranks every open opening on all cores; the number of candidates listed in all. */
    public long rankAll(int limit) {
        Pool pool = matching.pool();
        List<Opening> all = openings.allOpen();
        AtomicLong listed = new AtomicLong();
        all.parallelStream()
                .forEach(o ->
                        listed.addAndGet(MatchService.rank(pool, o, limit, null).size()));
        return listed.get();
    }
}
