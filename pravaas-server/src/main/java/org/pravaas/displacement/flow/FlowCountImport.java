package org.pravaas.displacement.flow;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.displacement.ImportReport;
import org.pravaas.displacement.RowProblem;
import org.pravaas.displacement.files.Cells;
import org.pravaas.displacement.files.CsvTable;
import org.pravaas.displacement.files.DryRun;
import org.pravaas.displacement.location.AdminAreas;
import org.pravaas.displacement.operation.Operation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports daily flow counts (point, date, direction, nationality, transport, destination and
 * six sex-and-age cells, optionally a total that must equal them) through PostgreSQL COPY. One
 * transaction: a file with any problem stores nothing; a count already stored is skipped.
 */
@Service
public class FlowCountImport {
    static final String[] CELLS = {
        "female_children", "male_children", "female_adults", "male_adults", "female_elderly", "male_elderly"
    };
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private final DataSource dataSource;
    private final FlowPoints points;
    private final AdminAreas areas;
    private final AuditLog audit;

    FlowCountImport(DataSource dataSource, FlowPoints points, AdminAreas areas, AuditLog audit) {
        this.dataSource = dataSource;
        this.points = points;
        this.areas = areas;
        this.audit = audit;
    }

    @Transactional
    public ImportReport load(Operation op, CsvTable csv, boolean dryRun, String by) throws IOException, SQLException {
        long start = System.currentTimeMillis();
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> pointIds = new HashMap<>();
        points.of(op.id()).forEach(p -> pointIds.put(p.code(), p.id()));
        Map<String, Integer> areaIds = new HashMap<>();
        areas.within(op.admin0Id()).forEach(a -> areaIds.put(a.pcode(), a.id()));
        Set<Long> keys = new HashSet<>();
        long merged;
        long[] rows = {0};
        try (FlowStage stage = new FlowStage(dataSource)) {
            csv.forEach(row -> {
                rows[0]++;
                Cells c = new Cells(row, problems);
                int before = problems.size();
                Integer point = lookup(c, "point", pointIds, "displacement.flow.unknown-point");
                LocalDate day = c.date("date", true);
                int direction = direction(c);
                String nationality = c.text("nationality").toUpperCase(Locale.ROOT);
                if (!nationality.isEmpty() && !COUNTRIES.contains(nationality)) {
                    c.problem("nationality", "displacement.import.unknown-value", nationality);
                }
                int transport = transport(c);
                Integer destination = lookup(c, "destination_pcode", areaIds, "displacement.location.unknown-pcode");
                int[] cells = cells(c);
                if (problems.size() > before || point == null || day == null || destination == null) {
                    return;
                }
                if (day.isAfter(LocalDate.now())) {
                    c.problem("date", "displacement.flow.future-date", day.toString());
                } else if (!keys.add(key(point, day, direction, nationality, transport, destination))) {
                    c.problem("date", "displacement.import.duplicate-in-file", day.toString());
                } else if (problems.isEmpty()) {
                    stage(stage, point, day, direction, nationality, transport, destination, cells);
                }
            });
            merged = problems.isEmpty() ? stage.merge() : 0;
        }
        DryRun.rollbackUnlessClean(dryRun, problems);
        if (problems.isEmpty() && !dryRun) {
            audit.record(AuditEvent.of("displacement.flows.imported", "operation", op.id(), op.officeId())
                    .withDetails("rows=" + merged)
                    .by(by));
        }
        return new ImportReport(
                "flows",
                rows[0],
                merged,
                problems.isEmpty() ? rows[0] - merged : 0,
                problems,
                dryRun,
                System.currentTimeMillis() - start);
    }

    private static void stage(
            FlowStage stage,
            int point,
            LocalDate day,
            int direction,
            String nationality,
            int transport,
            int destination,
            int[] cells) {
        try {
            stage.add(point, day, direction, nationality, transport, destination, cells);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int[] cells(Cells c) {
        int[] cells = new int[CELLS.length];
        int sum = 0;
        for (int i = 0; i < CELLS.length; i++) {
            cells[i] = c.count(CELLS[i]);
            sum += cells[i];
        }
        String total = c.optional("total");
        if (!total.isEmpty() && !total.equals(Integer.toString(sum))) {
            c.problem("total", "displacement.rule.sex-age-add-up", sum, total);
        }
        return cells;
    }

    private static @org.jspecify.annotations.Nullable Integer lookup(
            Cells c, String column, Map<String, Integer> ids, String unknownKey) {
        String code = c.text(column);
        Integer id = ids.get(code);
        if (id == null && !code.isEmpty()) {
            c.problem(column, unknownKey, code);
        }
        return id;
    }

    private static int direction(Cells c) {
        String text = c.text("direction").toUpperCase(Locale.ROOT);
        if (!text.equals("IN") && !text.equals("OUT")) {
            c.problem("direction", "displacement.import.unknown-value", text);
        }
        return text.equals("OUT") ? 1 : 0;
    }

    private static int transport(Cells c) {
        String text = c.text("transport").toUpperCase(Locale.ROOT);
        try {
            return Transport.valueOf(text).ordinal();
        } catch (IllegalArgumentException e) {
            c.problem("transport", "displacement.import.unknown-value", text);
            return 0;
        }
    }

    /** The natural key packed in 64 bits: point 15, day 16, direction 1, nationality 10, transport 3, destination 19. */
    static long key(int point, LocalDate day, int direction, String nationality, int transport, int destination) {
        long n = (nationality.charAt(0) - 'A') * 26L + (nationality.charAt(1) - 'A');
        return ((long) point << 49)
                | ((day.toEpochDay() & 0xFFFF) << 33)
                | ((long) direction << 32)
                | (n << 22)
                | ((long) transport << 19)
                | (destination & 0x7FFFF);
    }
}
