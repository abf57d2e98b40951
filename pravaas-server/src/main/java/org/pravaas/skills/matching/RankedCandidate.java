package org.pravaas.skills.matching;

import java.util.List;
import java.util.UUID;

/** A candidate in a ranking: the profile, the person, the score out of 100 and why. */
public record RankedCandidate(int rank, UUID profileId, UUID personId, long score, List<ScorePart> parts) {}
