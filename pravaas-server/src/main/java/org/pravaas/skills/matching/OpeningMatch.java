package org.pravaas.skills.matching;

import java.util.List;
import org.pravaas.skills.opening.Opening;

/** An open opening as it suits one candidate. */
public record OpeningMatch(Opening opening, long score, List<ScorePart> parts) {}
