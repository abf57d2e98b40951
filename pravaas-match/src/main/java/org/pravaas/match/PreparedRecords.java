package org.pravaas.match;

import java.util.List;
import java.util.stream.Stream;
import org.pravaas.match.internal.block.BlockingKeys;
import org.pravaas.match.internal.block.CandidateIndex;
import org.pravaas.match.internal.score.Features;

/**
 * Records normalised, transliterated and keyed once, so that training and matching the same set
 * do that work once. One set for a dedupe, or two sides (left records first) for a link.
 */
public final class PreparedRecords {
    private final Schema schema;
    private final List<Features> features;
    private final int split;
    private CandidateIndex index;
    private int indexCap;

    private PreparedRecords(Schema schema, List<Features> features, int split) {
        this.schema = schema;
        this.features = features;
        this.split = split;
    }

    /** One record set to deduplicate; values are read in schema order. */
    public static PreparedRecords of(Schema schema, List<MatchRecord> records) {
        return new PreparedRecords(schema, prepare(schema, records), records.size());
    }

    /** Two record sets to link. */
    public static PreparedRecords ofLink(Schema schema, List<MatchRecord> left, List<MatchRecord> right) {
        List<Features> l = prepare(schema, left);
        List<Features> r = prepare(schema, right);
        return new PreparedRecords(schema, Stream.concat(l.stream(), r.stream()).toList(), left.size());
    }

    private static List<Features> prepare(Schema schema, List<MatchRecord> records) {
        return records.parallelStream().map(r -> Features.of(schema, r)).toList();
    }

    public Schema schema() {
        return schema;
    }

    public int size() {
        return features.size();
    }

    boolean isLink() {
        return split < features.size();
    }

    int split() {
        return split;
    }

    List<Features> features() {
        return features;
    }

    synchronized CandidateIndex index(int cap) {
        if (index == null || indexCap != cap) {
            index = CandidateIndex.build(features, split, isLink(), new BlockingKeys(schema), cap);
            indexCap = cap;
        }
        return index;
    }
}
