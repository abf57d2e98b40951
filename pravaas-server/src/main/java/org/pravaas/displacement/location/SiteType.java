package org.pravaas.displacement.location;

/** Where displaced people stay. */
public enum SiteType {
    CAMP,
    COLLECTIVE_CENTRE,
    HOST_COMMUNITY,
    INFORMAL_SETTLEMENT
}
