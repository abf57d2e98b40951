package org.pravaas.skills.matching;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.skills.opening.Opening;
import org.pravaas.skills.opening.OpeningService;
import org.pravaas.skills.opening.Openings;
import org.pravaas.skills.profile.Profile;
import org.pravaas.skills.profile.ProfileService;
import org.pravaas.skills.profile.SkillsRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranked candidates for an opening (from the user's offices only, consenting profiles only) and
 * the open openings for a candidate, each with its explained score. Both are audited: a ranking
 * is a read of the people it lists.
 */
@Service
public class MatchService {
    public static final int DEFAULT_LIMIT = 20;
    private final CandidatePool pool;
    private final OpeningService openingService;
    private final Openings openings;
    private final ProfileService profiles;
    private final Access access;
    private final AuditLog audit;

    MatchService(
            CandidatePool pool,
            OpeningService openingService,
            Openings openings,
            ProfileService profiles,
            Access access,
            AuditLog audit) {
        this.pool = pool;
        this.openingService = openingService;
        this.openings = openings;
        this.profiles = profiles;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public List<RankedCandidate> candidates(UUID openingId, int limit) {
        CurrentUser user = access.requireRole(SkillsRoles.READ);
        Opening opening = openingService.get(openingId);
        Pool p = pool.current();
        List<RankedCandidate> ranked =
                rank(p, opening, Math.max(1, Math.min(limit, 200)), p.officeMask(access.officesInScope()));
        audit.record(AuditEvent.of(
                        "skills.candidates.ranked",
                        "opening",
                        openingId,
                        user.officeId().value())
                .withDetails("listed=" + ranked.size()));
        return ranked;
    }

    /** The ranking without a user: for the benchmark and batch matching. */
    public static List<RankedCandidate> rank(Pool p, Opening opening, int limit, @Nullable BitSet offices) {
        Demand d = Demand.of(opening, p);
        int[] top = Ranker.top(p, d, limit, offices);
        List<RankedCandidate> out = new ArrayList<>(top.length);
        for (int r = 0; r < top.length; r++) {
            int i = top[r];
            out.add(new RankedCandidate(
                    r + 1, p.profileId(i), p.personId(i), Math.round(Ranker.score(p, i, d)), Ranker.explain(p, i, d)));
        }
        return out;
    }

    public Pool pool() {
        return pool.current();
    }

    @Transactional
    public List<OpeningMatch> openingsFor(UUID profileId, int limit) {
        access.requireRole(SkillsRoles.READ);
        Profile profile = profiles.reachable(profileId);
        Pool one = Pool.of(0, List.of(CandidateRow.of(profile)));
        List<OpeningMatch> matches = new ArrayList<>();
        for (Opening o : openings.allOpen()) {
            Demand d = Demand.of(o, one);
            matches.add(new OpeningMatch(o, Math.round(Ranker.score(one, 0, d)), Ranker.explain(one, 0, d)));
        }
        matches.sort(Comparator.comparingLong(OpeningMatch::score).reversed());
        audit.record(AuditEvent.of("skills.openings.matched", "profile", profileId, profile.officeId()));
        return matches.subList(0, Math.min(limit, matches.size()));
    }
}
