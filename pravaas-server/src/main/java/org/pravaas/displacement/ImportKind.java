package org.pravaas.displacement;

/** What a displacement file holds. */
public enum ImportKind {
    ASSESSMENTS,
    FLOWS,
    SITES,
    FLOW_POINTS
}
