package org.pravaas.displacement;

/** What a displacement file holds. */
public enum ImportKind {
    ASSESSMENTS,
    FLOWS,
    FLOW_SURVEYS,
    SITES,
    FLOW_POINTS,
    BOUNDARIES;

    /** Boundaries and sites belong to a country, not to one operation, and change only by an administrator. */
    public boolean isLocation() {
        return this == SITES || this == BOUNDARIES;
    }
}
