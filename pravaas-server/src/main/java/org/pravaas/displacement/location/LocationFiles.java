package org.pravaas.displacement.location;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pravaas.displacement.RowProblem;
import org.pravaas.displacement.files.Cells;
import org.pravaas.displacement.files.CsvTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads admin boundaries from GeoJSON (one FeatureCollection per level, each feature with
 * {@code pcode}, {@code name}, {@code localName}, {@code parentPcode}) and sites from CSV. A
 * file with any bad row loads nothing, and says which rows and why.
 */
@Service
public class LocationFiles {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final AdminAreas areas;
    private final Sites sites;
    private final WithinAreaPolicy within;

    LocationFiles(AdminAreas areas, Sites sites, WithinAreaPolicy within) {
        this.areas = areas;
        this.sites = sites;
        this.within = within;
    }

    /** Loads the features of one level; parents must be loaded first. Returns the problems. */
    @Transactional
    public List<RowProblem> loadBoundaries(Reader geoJson) throws IOException {
        JsonNode features = JSON.readTree(geoJson).path("features");
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode p = features.get(i).path("properties");
            int level = p.path("level").asInt(-1);
            String parent = p.path("parentPcode").asString("");
            Optional<AdminArea> parentArea = parent.isEmpty() ? Optional.empty() : areas.byPcode(parent);
            if (level < 0 || level > 3 || (level > 0 && parentArea.isEmpty())) {
                problems.add(new RowProblem(i + 1, "parentPcode", "displacement.location.unknown-pcode", parent));
                continue;
            }
            areas.upsert(
                    p.path("pcode").asString(),
                    level,
                    parentArea.map(AdminArea::id).orElse(null),
                    p.path("name").asString(),
                    emptyToNull(p.path("localName").asString("")),
                    features.get(i).path("geometry").toString());
        }
        rollbackIf(problems);
        areas.linkAdmin1();
        return problems;
    }

    /** Loads sites: code, name, local_name, type, area_pcode, latitude, longitude, managing_agency. */
    @Transactional
    public List<RowProblem> loadSites(CsvTable csv) throws IOException {
        List<RowProblem> problems = new ArrayList<>();
        csv.forEach(row -> {
            Cells cells = new Cells(row, problems);
            site(cells).ifPresent(sites::upsert);
        });
        rollbackIf(problems);
        return problems;
    }

    private Optional<Site> site(Cells cells) {
        String code = cells.text("code");
        String name = cells.text("name");
        Optional<AdminArea> area = area(cells, "area_pcode");
        SiteType type = siteType(cells);
        double lat = coordinate(cells, "latitude");
        double lon = coordinate(cells, "longitude");
        if (area.isEmpty() || type == null || Double.isNaN(lat) || Double.isNaN(lon) || code.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> outside = within.check(area.get().id(), lat, lon);
        if (outside.isPresent()) {
            cells.problem("latitude", outside.get(), lat, lon, area.get().pcode());
            return Optional.empty();
        }
        return Optional.of(new Site(
                0,
                code,
                name,
                emptyToNull(cells.optional("local_name")),
                type,
                area.get().id(),
                lat,
                lon,
                emptyToNull(cells.optional("managing_agency"))));
    }

    /** The admin area named by a P-code column, or a problem saying it is unknown. */
    public Optional<AdminArea> area(Cells cells, String column) {
        String pcode = cells.text(column);
        Optional<AdminArea> area = pcode.isEmpty() ? Optional.empty() : areas.byPcode(pcode);
        if (!pcode.isEmpty() && area.isEmpty()) {
            cells.problem(column, "displacement.location.unknown-pcode", pcode);
        }
        return area;
    }

    private static @Nullable SiteType siteType(Cells cells) {
        String text = cells.text("type").toUpperCase(Locale.ROOT);
        try {
            return SiteType.valueOf(text);
        } catch (IllegalArgumentException e) {
            cells.problem("type", "displacement.import.unknown-value", text);
            return null;
        }
    }

    static double coordinate(Cells cells, String column) {
        try {
            return Double.parseDouble(cells.text(column));
        } catch (NumberFormatException e) {
            cells.problem(column, "displacement.location.bad-coordinates");
            return Double.NaN;
        }
    }

    private static void rollbackIf(List<RowProblem> problems) {
        if (!problems.isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
    }

    private static @Nullable String emptyToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
