package org.pravaas.displacement.flow;

/** How people travel past a flow point; stored as its ordinal in a smallint. */
public enum Transport {
    FOOT,
    BUS,
    CAR,
    TRUCK,
    BOAT,
    OTHER
}
