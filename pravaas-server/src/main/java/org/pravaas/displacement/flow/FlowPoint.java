package org.pravaas.displacement.flow;

import java.util.UUID;

/** A flow monitoring point on a route or border, where people passing are counted. */
public record FlowPoint(
        int id,
        UUID operationId,
        String code,
        String name,
        String kind,
        int areaId,
        double latitude,
        double longitude) {}
