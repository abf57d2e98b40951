package org.pravaas.casework;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pravaas.casework.dashboard.CaseDashboard;
import org.pravaas.casework.file.Transitions;
import org.pravaas.organization.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The benchmark's workload (see {@code pravaas bench casework}): cases and tasks written by
 * set-based SQL, then the dashboard and stage changes the pages use. Not for production use:
 * {@link #fill} writes rows straight into the module's tables.
 */
@Service("caseworkWorkload")
public class CaseworkWorkload {
    /** Each programme's main path: the bench puts cases along it. */
    private static final Map<String, String> PATHS = Map.of(
            "resettlement", "referral,interview,submission,decision,pre_departure,ready_for_movement,arrived,closed",
            "avrr", "application,eligibility,return_travel,reintegration_plan,assistance,monitoring,closed",
            "protection", "identification,risk_assessment,assistance,referral_to_services,closed",
            "emergency", "registration,assistance,closed");

    private final JdbcClient jdbc;
    private final Access access;
    private final CaseDashboard dashboard;
    private final Transitions transitions;

    CaseworkWorkload(JdbcClient jdbc, Access access, CaseDashboard dashboard, Transitions transitions) {
        this.jdbc = jdbc;
        this.access = access;
        this.dashboard = dashboard;
        this.transitions = transitions;
    }

    /** Adds {@code cases} cases over the offices and programmes, each with its stage history and {@code tasksPerCase} tasks. */
    @Transactional
    public long fill(long cases, int tasksPerCase, List<String> officeCodes) {
        UUID[] offices = officeCodes.stream()
                .map(code -> access.officeByCode(code).orElseThrow().value())
                .toArray(UUID[]::new);
        jdbc.sql("create temporary table bench_case (id uuid, office uuid, programme text, stages text[], pos int,"
                        + " opened timestamptz, step int) on commit drop")
                .update();
        for (var e : PATHS.entrySet()) {
            jdbc.sql(
                            """
                    insert into bench_case
                    select gen_random_uuid(), (cast(:offices as uuid[]))[1 + g % cardinality(cast(:offices as uuid[]))],
                        :programme, string_to_array(:path, ','), 1 + (g / 7) % cardinality(string_to_array(:path, ',')),
                        now() - (g % 1000) * interval '1 day' - interval '400 days', 2 + g % 20
                    from generate_series(1, cast(:n as bigint)) g
                    """)
                    .param("offices", offices)
                    .param("programme", e.getKey())
                    .param("path", e.getValue())
                    .param("n", cases / PATHS.size())
                    .update();
        }
        insertCases();
        insertHistory();
        insertTasks(tasksPerCase);
        return jdbc.sql("select count(*) from casework.case_file")
                .query(Long.class)
                .single();
    }

    private void insertCases() {
        jdbc.sql(
                        """
                insert into casework.case_file (id, reference, programme, definition_version, office_id, person_id,
                    caseworker, stage, stage_entered_at, status, opened_at, closed_at, version)
                select id, 'BEN-' || upper(substr(programme, 1, 3)) || '-' || id, programme, 1, office, gen_random_uuid(),
                    'bench' || (abs(hashtext(id::text)) % 50), stages[pos], opened + (pos - 1) * step * interval '1 day',
                    case when pos = cardinality(stages) then 'CLOSED' else 'OPEN' end, opened,
                    case when pos = cardinality(stages) then opened + (pos - 1) * step * interval '1 day' end, 0
                from bench_case
                """)
                .update();
    }

    private void insertHistory() {
        jdbc.sql(
                        """
                insert into casework.stage_history (id, case_id, office_id, programme, stage, entered_at, left_at, entered_by)
                select gen_random_uuid(), b.id, b.office, b.programme, b.stages[i], b.opened + (i - 1) * b.step * interval '1 day',
                    case when i < b.pos then b.opened + i * b.step * interval '1 day' end, 'bench'
                from bench_case b cross join lateral generate_series(1, b.pos) i
                """)
                .update();
    }

    private void insertTasks(int perCase) {
        jdbc.sql(
                        """
                insert into casework.task (id, case_id, office_id, programme, title, assignee, due_on, done_at, done_by,
                    created_at, created_by)
                select gen_random_uuid(), c.id, c.office_id, c.programme, 'Follow-up ' || t, c.caseworker,
                    current_date + (abs(hashtext(c.id::text)) + t * 11) % 90 - 45,
                    case when c.status = 'CLOSED' or t <= 2 then now() end,
                    case when c.status = 'CLOSED' or t <= 2 then 'bench' end, c.opened_at, 'bench'
                from casework.case_file c cross join generate_series(1, cast(:n as int)) t
                where c.reference like 'BEN-%'
                """)
                .param("n", perCase)
                .update();
    }

    /**
     * After {@link #fill}, what autovacuum would have done on a live server by then: the planner's
     * statistics and the visibility map that lets index-only scans skip the table. Done before the
     * timing, so autovacuum does not start on these tables in the middle of it.
     */
    public void analyze() {
        for (String table : List.of("case_file", "stage_history", "task")) {
            jdbc.sql("vacuum analyze casework." + table).update();
        }
    }

    public UUID office(String code) {
        return access.officeByCode(code).orElseThrow().value();
    }

    /** Open cases of the programme in the stage, at most {@code limit}, for the runs to act on. */
    public List<UUID> casesAt(String programme, String stage, int limit) {
        return jdbc.sql("select id from casework.case_file where programme = :p and stage = :s and status = 'OPEN'"
                        + " and reference like 'BEN-%' limit :l")
                .param("p", programme)
                .param("s", stage)
                .param("l", limit)
                .query(UUID.class)
                .list();
    }

    public int dashboard(String programme, UUID office) {
        return dashboard.of(programme, office).stages().size();
    }

    public long version(UUID caseId) {
        return jdbc.sql("select version from casework.case_file where id = :id")
                .param("id", caseId)
                .query(Long.class)
                .single();
    }

    /** A stage change as the case page makes it (the user's version, no values). */
    public void move(UUID caseId, long version, String to) {
        transitions.move(new CaseId(caseId), version, to, Map.of());
    }
}
