package org.pravaas.match;

/** What a batch run did: records read, candidate pairs compared, pairs reported. */
public record MatchStats(long records, long comparedPairs, long reportedPairs) {}
