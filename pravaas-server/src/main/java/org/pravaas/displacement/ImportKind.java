package org.pravaas.displacement;

/** What a displacement file holds. */
public enum ImportKind {
    ASSESSMENTS,
    FLOWS,
    FLOW_SURVEYS,
    SITES,
    FLOW_POINTS
}
