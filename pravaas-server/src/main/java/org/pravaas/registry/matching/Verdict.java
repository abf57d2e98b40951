package org.pravaas.registry.matching;

/** A reviewer's answer about a pair. */
public enum Verdict {
    SAME,
    NOT_SAME,
    UNSURE;

    PairStatus status() {
        return PairStatus.valueOf(name());
    }

    public String messageKey() {
        return "registry.verdict." + name();
    }
}
