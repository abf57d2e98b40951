package org.pravaas.displacement.location;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Points inside and outside polygons, multipolygons and holes, in GeoJSON's longitude-latitude order. */
class PolygonsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aPointInsideThePolygonIsInAndOneOutsideIsOut() {
        var square =
                JSON.readTree("{\"type\":\"Polygon\",\"coordinates\":[[[92,21],[93,21],[93,22],[92,22],[92,21]]]}");
        assertThat(Polygons.contains(square, 92.5, 21.5)).isTrue();
        assertThat(Polygons.contains(square, 21.5, 92.5))
                .as("latitude and longitude swapped")
                .isFalse();
        assertThat(Polygons.contains(square, 93.5, 21.5)).isFalse();
    }

    @Test
    void aHoleIsOutsideAndEachPartOfAMultiPolygonCounts() {
        var withHole = JSON.readTree("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[10,0],[10,10],[0,10],[0,0]],"
                + "[[4,4],[6,4],[6,6],[4,6],[4,4]]]}");
        assertThat(Polygons.contains(withHole, 5, 5)).isFalse();
        assertThat(Polygons.contains(withHole, 2, 2)).isTrue();
        var two = JSON.readTree("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,1],[0,0]]],"
                + "[[[5,5],[6,5],[6,6],[5,6],[5,5]]]]}");
        assertThat(Polygons.contains(two, 5.5, 5.5)).isTrue();
        assertThat(Polygons.contains(two, 3, 3)).isFalse();
    }
}
