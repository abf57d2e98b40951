package org.pravaas.displacement.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.displacement.figures.Dashboard;
import org.pravaas.displacement.figures.DashboardFigures;
import org.pravaas.displacement.location.AdminArea;
import org.pravaas.displacement.location.AdminAreas;
import org.pravaas.displacement.location.Site;
import org.pravaas.displacement.location.Sites;
import org.pravaas.displacement.operation.Operation;
import org.pravaas.displacement.operation.OperationService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The map: admin areas coloured by the people counted in the latest round, and the sites as
 * points. Boundaries come from our own files through the database; there is no tile server.
 */
@Controller
@RequestMapping("/displacement/operations/{id}")
class MapController {
    private final OperationService operations;
    private final AdminAreas areas;
    private final Sites sites;
    private final DashboardFigures figures;

    MapController(OperationService operations, AdminAreas areas, Sites sites, DashboardFigures figures) {
        this.operations = operations;
        this.areas = areas;
        this.sites = sites;
        this.figures = figures;
    }

    @GetMapping("/map")
    String map(@PathVariable UUID id, @RequestParam(defaultValue = "3") int level, Model model) {
        model.addAttribute("op", operations.get(id));
        model.addAttribute("level", Math.max(1, Math.min(3, level)));
        return "displacement/map";
    }

    @GetMapping(value = "/boundaries/{level}.geojson", produces = "application/geo+json")
    ResponseEntity<String> boundaries(@PathVariable UUID id, @PathVariable int level) {
        Operation op = operations.get(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .body(areas.featureCollection(op.admin0Id(), Math.max(0, Math.min(3, level))));
    }

    /** The figures the map colours and the sites it draws. */
    record MapData(Map<String, @Nullable Long> individuals, List<SitePoint> sites) {}

    record SitePoint(
            String code, String name, String type, double latitude, double longitude, @Nullable String agency) {}

    @GetMapping("/map.json")
    @ResponseBody
    MapData data(@PathVariable UUID id, @RequestParam(defaultValue = "3") int level) {
        Operation op = operations.get(id);
        List<AdminArea> all = areas.within(op.admin0Id());
        Map<Integer, AdminArea> byId = new LinkedHashMap<>();
        all.forEach(a -> byId.put(a.id(), a));
        Map<String, AdminArea> byPcode = new LinkedHashMap<>();
        all.forEach(a -> byPcode.put(a.pcode(), a));
        Dashboard d = figures.of(op.id(), operations.seesDrafts(op));
        Map<String, @Nullable Long> values = new LinkedHashMap<>();
        for (Dashboard.AreaTotal t : d.areas()) {
            AdminArea a = byPcode.get(t.pcode());
            while (a != null && a.level() > level && a.parentId() != null) {
                a = byId.get(a.parentId());
            }
            if (a != null && a.level() == level) {
                Long v = t.individuals();
                values.merge(a.pcode(), v == null ? 0L : v, Long::sum);
            }
        }
        List<SitePoint> points = sites.within(List.copyOf(byId.keySet())).stream()
                .map(MapController::point)
                .toList();
        return new MapData(values, points);
    }

    private static SitePoint point(Site s) {
        return new SitePoint(s.code(), s.name(), s.type().name(), s.latitude(), s.longitude(), s.managingAgency());
    }
}
