package org.pravaas.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pravaas.health.assessment.AssessmentForm;
import org.pravaas.health.assessment.AssessmentService;
import org.pravaas.health.assessment.Assessments;
import org.pravaas.health.assessment.Findings;
import org.pravaas.health.assessment.Worklist;
import org.pravaas.organization.OfficeDirectory;
import org.pravaas.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The benchmark's workload (see {@code pravaas bench health}): assessments on file in bulk, the
 * clinic's worklist page and a physician's form save, through the same services as the pages.
 * Not for production use: {@link #fill} writes rows straight into the module's tables.
 */
@Service("healthWorkload")
public class HealthWorkload {
    private final JdbcClient jdbc;
    private final OfficeDirectory offices;
    private final Worklist worklist;
    private final AssessmentService assessments;
    private final Assessments store;

    HealthWorkload(
            JdbcClient jdbc,
            OfficeDirectory offices,
            Worklist worklist,
            AssessmentService assessments,
            Assessments store) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.worklist = worklist;
        this.assessments = assessments;
        this.store = store;
    }

    /**
     * Adds {@code count} assessments spread evenly over {@code days} days up to {@code lastDay}
     * and over the offices named (in the order given, the first office gets every {@code n}-th),
     * with findings on every past one, in one SQL statement per million rows.
     */
    public long fill(long count, int days, LocalDate lastDay, List<String> officeCodes) {
        UUID[] ids = officeCodes.stream()
                .map(c -> offices.byCode(c).orElseThrow().value())
                .toArray(UUID[]::new);
        UUID profile = jdbc.sql("select id from health.destination_profile order by code, version limit 1")
                .query(UUID.class)
                .single();
        long done = 0;
        while (done < count) {
            long n = Math.min(1_000_000, count - done);
            jdbc.sql(
                            """
                    insert into health.assessment (id, person_id, office_id, profile_id, status, scheduled_on, clinic,
                        physician, examined_on, temperature_c, pulse, systolic, diastolic, weight_kg, height_cm,
                        xray_on, xray_result, tb_class, version, created_at, created_by, updated_at, updated_by)
                    select gen_random_uuid(), gen_random_uuid(), (:offices)[1 + (g % cardinality(:offices))], :profile,
                        case when d < :last then 'DECIDED' else 'SCHEDULED' end, d, 'Clinic ' || (g % 4),
                        case when d < :last then 'Dr. Bench' end, case when d < :last then d end,
                        36.5 + (g % 10) / 10.0, 60 + g % 40, 110 + g % 30, 70 + g % 15, 40 + g % 50, 150 + g % 40,
                        case when d < :last then d end, case when d < :last then 'NORMAL' end,
                        case when d < :last then 'NO_TB' end, 0, now(), 'bench', now(), 'bench'
                    from (select g, (:last::date - ((g * :days) / :total)::int) as d
                          from generate_series(:from, :to) g) s
                    """)
                    .param("offices", ids)
                    .param("profile", profile)
                    .param("last", java.sql.Date.valueOf(lastDay))
                    .param("days", days)
                    .param("total", count)
                    .param("from", done)
                    .param("to", done + n - 1)
                    .update();
            done += n;
        }
        jdbc.sql("analyze health.assessment").update();
        return jdbc.sql("select count(*) from health.assessment")
                .query(Long.class)
                .single();
    }

    /** The first page (50 lines) of the signed-in health officer's worklist of a day; its size. */
    public int worklist(LocalDate day) {
        return worklist.of(day, null, PageRequest.first(50)).items().size();
    }

    /** Ids of a day's assessments in the signed-in user's offices, for form saves. */
    public List<UUID> assessmentsOn(LocalDate day, int limit) {
        return worklist.of(day, null, PageRequest.first(Math.min(limit, PageRequest.MAX_SIZE))).items().stream()
                .map(e -> e.line().id())
                .toList();
    }

    /** The assessment's version, as the form page reads it before the physician types. */
    public long version(UUID assessment) {
        return store.find(assessment).orElseThrow().version();
    }

    /** Saves a physician's findings read at {@code version} as the form does; the new version. */
    public long saveForm(UUID assessment, long version, int variant) {
        LocalDate today = LocalDate.now();
        return assessments.save(
                assessment,
                version,
                new AssessmentForm(
                        "Dr. Bench",
                        today,
                        "History " + variant,
                        "Examination " + variant,
                        new BigDecimal("36." + variant % 10),
                        60 + variant % 40,
                        120,
                        80,
                        16,
                        98,
                        new BigDecimal("60.5"),
                        new BigDecimal("170"),
                        today,
                        Findings.Xray.NORMAL,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Findings.TbClass.NO_TB,
                        Findings.Pregnancy.NOT_APPLICABLE,
                        Findings.MentalHealth.NO_CONCERN,
                        null));
    }
}
