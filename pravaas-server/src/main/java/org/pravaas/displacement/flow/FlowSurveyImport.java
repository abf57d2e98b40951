package org.pravaas.displacement.flow;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.displacement.ImportReport;
import org.pravaas.displacement.RowProblem;
import org.pravaas.displacement.files.Cells;
import org.pravaas.displacement.files.CsvTable;
import org.pravaas.displacement.files.DryRun;
import org.pravaas.displacement.location.AdminAreas;
import org.pravaas.displacement.operation.Operation;
import org.pravaas.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports short flow surveys: one anonymous interview a row (submission_id, point, surveyed_on,
 * direction, sex, age_group, nationality, origin_pcode, destination_pcode, reason, transport).
 * There is deliberately no column for a name, contact or birth date: a file that has one is
 * refused rather than stored without it, so nobody believes it was kept.
 */
@Service
public class FlowSurveyImport {
    private static final Set<String> IDENTIFYING = Set.of(
            "name",
            "full_name",
            "given_name",
            "surname",
            "phone",
            "email",
            "date_of_birth",
            "dob",
            "document_number",
            "address");
    private static final Set<String> REASONS = Set.of("CONFLICT", "DISASTER", "ECONOMIC", "FAMILY", "OTHER");
    private static final Set<String> AGES = Set.of("0-17", "18-59", "60+");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private final JdbcClient jdbc;
    private final FlowPoints points;
    private final AdminAreas areas;
    private final AuditLog audit;

    FlowSurveyImport(JdbcClient jdbc, FlowPoints points, AdminAreas areas, AuditLog audit) {
        this.jdbc = jdbc;
        this.points = points;
        this.areas = areas;
        this.audit = audit;
    }

    @Transactional
    public ImportReport load(Operation op, CsvTable table, boolean dryRun, String by) throws IOException {
        long start = System.currentTimeMillis();
        List<RowProblem> problems = new ArrayList<>();
        for (String column : IDENTIFYING) {
            if (table.has(column)) {
                problems.add(new RowProblem(1, column, "displacement.survey.identifying-column", column));
            }
        }
        Map<String, Integer> pointIds = new HashMap<>();
        points.of(op.id()).forEach(p -> pointIds.put(p.code(), p.id()));
        Map<String, Integer> areaIds = new HashMap<>();
        areas.within(op.admin0Id()).forEach(a -> areaIds.put(a.pcode(), a.id()));
        Set<String> seen = new HashSet<>();
        long[] counts = new long[3];
        table.forEach(row -> {
            counts[0]++;
            Cells c = new Cells(row, problems);
            int before = problems.size();
            String submission = c.text("submission_id");
            Integer point = pointIds.get(c.text("point"));
            if (point == null) {
                c.problem("point", "displacement.flow.unknown-point", c.optional("point"));
            }
            LocalDate day = c.date("surveyed_on", true);
            String direction = oneOf(c, "direction", Set.of("IN", "OUT"));
            String sex = oneOf(c, "sex", Set.of("F", "M", "X"));
            String age = oneOf(c, "age_group", AGES);
            String nationality = oneOf(c, "nationality", COUNTRIES);
            String reason = oneOf(c, "reason", REASONS);
            int transport = transport(c);
            Integer origin = area(c, "origin_pcode", areaIds);
            Integer destination = area(c, "destination_pcode", areaIds);
            if (!seen.add(submission)) {
                c.problem("submission_id", "displacement.import.duplicate-in-file", submission);
            }
            if (problems.size() > before || !problems.isEmpty() || point == null || day == null) {
                return;
            }
            int added = insert(
                    submission, point, day, direction, sex, age, nationality, origin, destination, reason, transport);
            counts[added == 1 ? 1 : 2]++;
        });
        DryRun.rollbackUnlessClean(dryRun, problems);
        if (problems.isEmpty() && !dryRun) {
            audit.record(AuditEvent.of("displacement.surveys.imported", "operation", op.id(), op.officeId())
                    .withDetails("rows=" + counts[1])
                    .by(by));
        }
        return new ImportReport(
                "surveys",
                counts[0],
                problems.isEmpty() ? counts[1] : 0,
                problems.isEmpty() ? counts[2] : 0,
                problems,
                dryRun,
                System.currentTimeMillis() - start);
    }

    private int insert(
            String submission,
            int point,
            LocalDate day,
            String direction,
            String sex,
            String age,
            String nationality,
            @Nullable Integer origin,
            @Nullable Integer destination,
            String reason,
            int transport) {
        return jdbc.sql(
                        """
                insert into displacement.flow_survey (id, submission_id, point_id, surveyed_on, direction, sex, age_group,
                    nationality, origin_id, destination_id, reason, transport)
                values (:id, :submission, :point, :day, :direction, :sex, :age, :nationality, :origin, :destination,
                    :reason, :transport)
                on conflict (submission_id) do nothing
                """)
                .param("id", Ids.newId())
                .param("submission", submission)
                .param("point", point)
                .param("day", day)
                .param("direction", direction.equals("OUT") ? 1 : 0)
                .param("sex", sex)
                .param("age", age)
                .param("nationality", nationality)
                .param("origin", origin)
                .param("destination", destination)
                .param("reason", reason)
                .param("transport", transport)
                .update();
    }

    private static String oneOf(Cells c, String column, Set<String> allowed) {
        String value = c.text(column).toUpperCase(Locale.ROOT);
        if (!value.isEmpty() && !allowed.contains(value)) {
            c.problem(column, "displacement.import.unknown-value", value);
        }
        return value;
    }

    private static int transport(Cells c) {
        try {
            return Transport.valueOf(c.text("transport").toUpperCase(Locale.ROOT))
                    .ordinal();
        } catch (IllegalArgumentException e) {
            c.problem("transport", "displacement.import.unknown-value", c.optional("transport"));
            return 0;
        }
    }

    private static @Nullable Integer area(Cells c, String column, Map<String, Integer> ids) {
        String pcode = c.optional(column);
        if (pcode.isEmpty()) {
            return null;
        }
        Integer id = ids.get(pcode);
        if (id == null) {
            c.problem(column, "displacement.location.unknown-pcode", pcode);
        }
        return id;
    }
}
