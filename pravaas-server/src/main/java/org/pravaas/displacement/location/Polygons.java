package org.pravaas.displacement.location;

import tools.jackson.databind.JsonNode;

/**
 * Whether a point lies inside a GeoJSON Polygon or MultiPolygon (even-odd rule, holes
 * included), in longitude/latitude as GeoJSON orders them. Enough for simplified boundaries;
 * no geometry library needed.
 */
final class Polygons {
    private Polygons() {}

    static boolean contains(JsonNode geometry, double longitude, double latitude) {
        String type = geometry.path("type").asString();
        JsonNode coordinates = geometry.path("coordinates");
        if ("Polygon".equals(type)) {
            return polygon(coordinates, longitude, latitude);
        }
        if ("MultiPolygon".equals(type)) {
            for (int i = 0; i < coordinates.size(); i++) {
                if (polygon(coordinates.get(i), longitude, latitude)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean polygon(JsonNode rings, double x, double y) {
        boolean inside = false;
        for (int r = 0; r < rings.size(); r++) {
            if (ring(rings.get(r), x, y)) {
                inside = !inside;
            }
        }
        return inside;
    }

    private static boolean ring(JsonNode ring, double x, double y) {
        boolean inside = false;
        int n = ring.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = ring.get(i).get(0).asDouble();
            double yi = ring.get(i).get(1).asDouble();
            double xj = ring.get(j).get(0).asDouble();
            double yj = ring.get(j).get(1).asDouble();
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }
}
