package org.pravaas.registry.matching;

/** Where a possible duplicate stands in the review queue. */
public enum PairStatus {
    OPEN,
    AWAITING_SECOND,
    SAME,
    NOT_SAME,
    UNSURE,
    MERGED;

    public String messageKey() {
        return "registry.pair-status." + name();
    }
}
