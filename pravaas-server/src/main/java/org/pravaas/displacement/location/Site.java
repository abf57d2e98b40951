package org.pravaas.displacement.location;

import org.jspecify.annotations.Nullable;

/** A place where displaced people stay, with its coordinates and managing agency. */
public record Site(
        int id,
        String code,
        String name,
        @Nullable String localName,
        SiteType type,
        int areaId,
        double latitude,
        double longitude,
        @Nullable String managingAgency) {}
