package org.pravaas.match;

import java.util.List;

/**
 * A compared pair that explains itself: the match probability (0..1, calibrated on the candidate
 * pairs the model was trained on), the total match weight in bits (prior included), a raw
 * similarity used only to break ties, and each field's contribution.
 */
public record ScoredPair(
        String leftId,
        String rightId,
        double probability,
        double matchWeight,
        double similarity,
        List<FieldWeight> fields) {
    public ScoredPair {
        fields = List.copyOf(fields);
    }
}
