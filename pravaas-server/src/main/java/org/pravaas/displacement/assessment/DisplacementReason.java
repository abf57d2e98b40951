package org.pravaas.displacement.assessment;

/** Why people left their homes. */
public enum DisplacementReason {
    CONFLICT,
    DISASTER,
    OTHER
}
