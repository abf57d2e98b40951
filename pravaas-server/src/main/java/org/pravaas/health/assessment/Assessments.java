package org.pravaas.health.assessment;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assessments and their findings; an update names the version it read, so two saves never cross. */
@Repository("healthAssessments")
public class Assessments {
    private static final String FINDINGS = "physician, examined_on, history, examination, temperature_c, pulse,"
            + " systolic, diastolic, respiratory_rate, oxygen_saturation, weight_kg, height_cm, xray_on, xray_result,"
            + " sputum_sampled_on, smear_result, smear_resulted_on, culture_result, culture_resulted_on, dst_result,"
            + " tb_class, pregnancy, mental_health, disabilities";
    private static final String COLUMNS = "id, person_id, office_id, profile_id, status, scheduled_on, clinic, version,"
            + " created_at, created_by, updated_at, updated_by, " + FINDINGS;
    private static final Map<String, String> SORTS =
            Map.of("clinic", "clinic, id", "status", "status, id", "scheduled", "scheduled_on, id");
    private final JdbcClient jdbc;

    Assessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of the clinic's worklist: no findings, only what the day's planning needs. */
    public record Line(
            UUID id,
            UUID personId,
            UUID officeId,
            LocalDate scheduledOn,
            String clinic,
            AssessmentStatus status,
            @Nullable String physician) {}

    void insert(UUID id, UUID person, UUID office, UUID profile, LocalDate on, String clinic, String by, Instant at) {
        jdbc.sql(
                        """
                insert into health.assessment (id, person_id, office_id, profile_id, status, scheduled_on, clinic,
                    created_at, created_by, updated_at, updated_by)
                values (:id, :person, :office, :profile, 'SCHEDULED', :on, :clinic, :at, :by, :at, :by)
                """)
                .param("id", id)
                .param("person", person)
                .param("office", office)
                .param("profile", profile)
                .param("on", Date.valueOf(on))
                .param("clinic", clinic)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    public Optional<Assessment> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from health.assessment where id = :id")
                .param("id", id)
                .query(AssessmentRows::map)
                .optional();
    }

    List<Assessment> ofPerson(UUID person) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from health.assessment where person_id = any(array(select health.person_ids(:p))) order by scheduled_on desc")
                .param("p", person)
                .query(AssessmentRows::map)
                .list();
    }

    /** Stores the findings if nobody saved since {@code version}; false when someone did. */
    boolean update(UUID id, long version, AssessmentForm f, AssessmentStatus status, String by, Instant at) {
        return jdbc.sql(
                                """
                update health.assessment set physician = :physician, examined_on = :examinedOn, history = :history,
                    examination = :examination, temperature_c = :temperature, pulse = :pulse, systolic = :systolic,
                    diastolic = :diastolic, respiratory_rate = :respiratory, oxygen_saturation = :oxygen,
                    weight_kg = :weight, height_cm = :height, xray_on = :xrayOn, xray_result = :xray,
                    sputum_sampled_on = :sampled, smear_result = :smear, smear_resulted_on = :smearOn,
                    culture_result = :culture, culture_resulted_on = :cultureOn, dst_result = :dst,
                    tb_class = :tbClass, pregnancy = :pregnancy, mental_health = :mental, disabilities = :disabilities,
                    status = :status, version = version + 1, updated_at = :at, updated_by = :by
                where id = :id and version = :version
                """)
                        .param("physician", f.physician())
                        .param("examinedOn", date(f.examinedOn()))
                        .param("history", f.history())
                        .param("examination", f.examination())
                        .param("temperature", f.temperatureC())
                        .param("pulse", f.pulse())
                        .param("systolic", f.systolic())
                        .param("diastolic", f.diastolic())
                        .param("respiratory", f.respiratoryRate())
                        .param("oxygen", f.oxygenSaturation())
                        .param("weight", f.weightKg())
                        .param("height", f.heightCm())
                        .param("xrayOn", date(f.xrayOn()))
                        .param("xray", name(f.xrayResult()))
                        .param("sampled", date(f.sputumSampledOn()))
                        .param("smear", name(f.smearResult()))
                        .param("smearOn", date(f.smearResultedOn()))
                        .param("culture", name(f.cultureResult()))
                        .param("cultureOn", date(f.cultureResultedOn()))
                        .param("dst", name(f.dstResult()))
                        .param("tbClass", name(f.tbClass()))
                        .param("pregnancy", name(f.pregnancy()))
                        .param("mental", name(f.mentalHealth()))
                        .param("disabilities", f.disabilities())
                        .param("status", status.name())
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    public void setStatus(UUID id, AssessmentStatus status, String by, Instant at) {
        jdbc.sql("update health.assessment set status = :status, version = version + 1, updated_at = :at,"
                        + " updated_by = :by where id = :id")
                .param("status", status.name())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("id", id)
                .update();
    }

    /** The day's assessments in the offices given, by an index range on (office, day, status). */
    public Page<Line> worklist(List<UUID> offices, LocalDate day, @Nullable AssessmentStatus status, PageRequest page) {
        String where = " from health.assessment where office_id = any(:offices) and scheduled_on = :day"
                + (status == null ? "" : " and status = :status");
        var items = jdbc.sql("select id, person_id, office_id, scheduled_on, clinic, status, physician" + where
                        + page.orderBy(SORTS, "clinic") + " limit :limit offset :offset")
                .param("offices", offices.toArray(UUID[]::new))
                .param("day", Date.valueOf(day))
                .param("status", status == null ? null : status.name())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new Line(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getDate(4).toLocalDate(),
                        rs.getString(5),
                        AssessmentStatus.valueOf(rs.getString(6)),
                        rs.getString(7)))
                .list();
        long total = jdbc.sql("select count(*)" + where)
                .param("offices", offices.toArray(UUID[]::new))
                .param("day", Date.valueOf(day))
                .param("status", status == null ? null : status.name())
                .query(Long.class)
                .single();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static @Nullable Date date(@Nullable LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static @Nullable String name(@Nullable Enum<?> e) {
        return e == null ? null : e.name();
    }
}
