package org.pravaas.displacement.location;

import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A site or flow point lies inside the admin area it is filed under: coordinates outside it are
 * a typing error (swapped latitude and longitude, a dropped minus sign) or the wrong area.
 */
@Component
public class WithinAreaPolicy {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final AdminAreas areas;

    WithinAreaPolicy(AdminAreas areas) {
        this.areas = areas;
    }

    /** Empty when the point is inside, else the message key of the reason. */
    public Optional<String> check(int areaId, double latitude, double longitude) {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            return Optional.of("displacement.location.bad-coordinates");
        }
        return areas.geometry(areaId)
                .filter(g -> !Polygons.contains(JSON.readTree(g), longitude, latitude))
                .map(g -> "displacement.location.outside-area");
    }
}
