package org.pravaas.displacement.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.displacement.location.AdminArea;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of published rounds rolled up to admin level 0, 1 or 2, with small cells
 * withheld. Suppression runs over every figure of the level before any filter, so that asking
 * with different filters never reveals a cell another answer withheld.
 */
@Service
public class PublishedFigures {
    private final JdbcClient jdbc;
    private final SmallCells cells;

    PublishedFigures(JdbcClient jdbc, @Value("${pravaas.displacement.suppression-threshold:11}") int threshold) {
        this.jdbc = jdbc;
        this.cells = new SmallCells(threshold);
    }

    public SmallCells cells() {
        return cells;
    }

    private record Base(
            UUID operationId,
            String operationCode,
            String operation,
            int roundNumber,
            LocalDate reportingDate,
            int areaId,
            String kind,
            String reason,
            @Nullable String origin,
            long idps,
            long males,
            long females) {}

    private record Key(UUID operationId, int round, int areaId, String kind, String reason, @Nullable String origin) {}

    private static final class Sum {
        Base first;
        LocalDate date;
        long idps;
        long males;
        long females;

        Sum(Base b) {
            first = b;
            date = b.reportingDate();
        }
    }

    @Transactional(readOnly = true)
    public List<AreaFigure> at(int level, FigureQuery query) {
        Map<Integer, AdminArea> areas = areas();
        Map<Key, Sum> sums = new LinkedHashMap<>();
        for (Base b : base()) {
            AdminArea at = ancestor(areas, b.areaId(), level);
            if (at == null) {
                continue;
            }
            Sum s = sums.computeIfAbsent(
                    new Key(b.operationId(), b.roundNumber(), at.id(), b.kind(), b.reason(), b.origin()),
                    k -> new Sum(b));
            s.idps += b.idps();
            s.males += b.males();
            s.females += b.females();
            s.date = b.reportingDate().isAfter(s.date) ? b.reportingDate() : s.date;
        }
        Map<String, List<Key>> siblings = new HashMap<>();
        sums.keySet().forEach(k -> siblings.computeIfAbsent(siblingGroup(k, areas), g -> new ArrayList<>())
                .add(k));
        Map<Key, Long[]> shown = suppress(sums, siblings);
        List<AreaFigure> out = new ArrayList<>();
        sums.forEach((k, s) -> {
            AreaFigure f = figure(areas, k, s, shown.get(k));
            if (query.matches(f, s.first.operationCode())) {
                out.add(f);
            }
        });
        out.sort(Comparator.comparing(AreaFigure::operation)
                .thenComparing(AreaFigure::roundNumber)
                .thenComparing(f -> String.valueOf(f.admin2Pcode() == null ? f.admin1Pcode() : f.admin2Pcode())));
        return out;
    }

    private Map<Key, Long[]> suppress(Map<Key, Sum> sums, Map<String, List<Key>> siblings) {
        Map<Key, Long[]> shown = new HashMap<>();
        for (List<Key> group : siblings.values()) {
            List<@Nullable Long> idps =
                    cells.group(group.stream().map(k -> sums.get(k).idps).toList());
            List<@Nullable Long> males =
                    cells.group(group.stream().map(k -> sums.get(k).males).toList());
            List<@Nullable Long> females =
                    cells.group(group.stream().map(k -> sums.get(k).females).toList());
            for (int i = 0; i < group.size(); i++) {
                @Nullable Long m = males.get(i);
                @Nullable Long f = females.get(i);
                if ((m == null) != (f == null)) {
                    m = null;
                    f = null;
                }
                shown.put(group.get(i), new Long[] {idps.get(i), m, f});
            }
        }
        return shown;
    }

    private static String siblingGroup(Key k, Map<Integer, AdminArea> areas) {
        return k.operationId() + "|" + k.round() + "|" + k.kind() + "|" + k.reason() + "|" + k.origin() + "|"
                + areas.get(k.areaId()).parentId();
    }

    private static AreaFigure figure(Map<Integer, AdminArea> areas, Key k, Sum s, Long[] v) {
        AdminArea[] chain = new AdminArea[3];
        for (AdminArea a = areas.get(k.areaId());
                a != null;
                a = a.parentId() == null ? null : areas.get(a.parentId())) {
            if (a.level() < 3) {
                chain[a.level()] = a;
            }
        }
        return new AreaFigure(
                s.first.operation(),
                chain[0].name(),
                chain[0].pcode(),
                name(chain[1]),
                pcode(chain[1]),
                name(chain[2]),
                pcode(chain[2]),
                v[0],
                s.date,
                k.round(),
                k.reason(),
                v[1],
                v[2],
                k.origin(),
                k.kind());
    }

    private static @Nullable String name(@Nullable AdminArea a) {
        return a == null ? null : a.name();
    }

    private static @Nullable String pcode(@Nullable AdminArea a) {
        return a == null ? null : a.pcode();
    }

    private static @Nullable AdminArea ancestor(Map<Integer, AdminArea> areas, int id, int level) {
        AdminArea a = areas.get(id);
        while (a != null && a.level() > level) {
            a = a.parentId() == null ? null : areas.get(a.parentId());
        }
        return a != null && a.level() == level ? a : null;
    }

    private Map<Integer, AdminArea> areas() {
        Map<Integer, AdminArea> map = new HashMap<>();
        jdbc.sql("select id, pcode, level, parent_id, admin1_id, name, local_name from displacement.admin_area")
                .query(AdminArea.class)
                .list()
                .forEach(a -> map.put(a.id(), a));
        return map;
    }

    private List<Base> base() {
        return jdbc.sql(
                        """
                select o.id as operation_id, o.code as operation_code, o.name as operation, r.number as round_number,
                       max(a.assessed_on) as reporting_date, a.area_id, a.kind, a.reason, oa1.name as origin,
                       sum(a.idps) as idps, sum(a.male_children + a.male_adults + a.male_elderly) as males,
                       sum(a.female_children + a.female_adults + a.female_elderly) as females
                from displacement.assessment a
                join displacement.round r on r.id = a.round_id and r.published_at is not null
                join displacement.operation o on o.id = r.operation_id
                left join displacement.admin_area oa on oa.id = a.origin_area_id
                left join displacement.admin_area oa1 on oa1.id = coalesce(oa.admin1_id, oa.id)
                group by o.id, o.code, o.name, r.number, a.area_id, a.kind, a.reason, oa1.name
                """)
                .query(Base.class)
                .list();
    }
}
