package org.pravaas.displacement.flow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pravaas.displacement.RowProblem;
import org.pravaas.displacement.files.Cells;
import org.pravaas.displacement.files.CsvTable;
import org.pravaas.displacement.files.DryRun;
import org.pravaas.displacement.location.AdminArea;
import org.pravaas.displacement.location.LocationFiles;
import org.pravaas.displacement.location.WithinAreaPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** An operation's flow monitoring points, loaded from CSV with their coordinates checked. */
@Repository
public class FlowPoints {
    private static final String COLUMNS = "id, operation_id, code, name, kind, area_id, latitude, longitude";
    private final JdbcClient jdbc;
    private final LocationFiles locations;
    private final WithinAreaPolicy within;

    FlowPoints(JdbcClient jdbc, LocationFiles locations, WithinAreaPolicy within) {
        this.jdbc = jdbc;
        this.locations = locations;
        this.within = within;
    }

    public List<FlowPoint> of(UUID operation) {
        return jdbc.sql("select " + COLUMNS + " from displacement.flow_point where operation_id = :op order by code")
                .param("op", operation)
                .query(FlowPoint.class)
                .list();
    }

    /** Loads points: code, name, kind, area_pcode, latitude, longitude. Any bad row loads none. */
    @Transactional
    public List<RowProblem> load(UUID operation, CsvTable csv) throws IOException {
        List<RowProblem> problems = new ArrayList<>();
        csv.forEach(row -> {
            Cells c = new Cells(row, problems);
            String code = c.text("code");
            String name = c.text("name");
            String kind = c.text("kind");
            Optional<AdminArea> area = locations.area(c, "area_pcode");
            double lat = parse(c, "latitude");
            double lon = parse(c, "longitude");
            if (area.isEmpty() || Double.isNaN(lat) || Double.isNaN(lon)) {
                return;
            }
            Optional<String> outside = within.check(area.get().id(), lat, lon);
            if (outside.isPresent()) {
                c.problem("latitude", outside.get(), lat, lon, area.get().pcode());
                return;
            }
            upsert(operation, code, name, kind, area.get().id(), lat, lon);
        });
        DryRun.rollbackUnlessClean(false, problems);
        return problems;
    }

    private void upsert(UUID operation, String code, String name, String kind, int area, double lat, double lon) {
        jdbc.sql(
                        """
                insert into displacement.flow_point (operation_id, code, name, kind, area_id, latitude, longitude)
                values (:op, :code, :name, :kind, :area, :lat, :lon)
                on conflict (code) do update set name = excluded.name, kind = excluded.kind, area_id = excluded.area_id,
                    latitude = excluded.latitude, longitude = excluded.longitude
                """)
                .param("op", operation)
                .param("code", code)
                .param("name", name)
                .param("kind", kind)
                .param("area", area)
                .param("lat", lat)
                .param("lon", lon)
                .update();
    }

    private static double parse(Cells c, String column) {
        try {
            return Double.parseDouble(c.text(column));
        } catch (NumberFormatException e) {
            c.problem(column, "displacement.location.bad-coordinates");
            return Double.NaN;
        }
    }
}
