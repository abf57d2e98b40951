package org.pravaas.casework.file;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.CaseSummary;
import org.pravaas.registry.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case_file rows. */
@Repository
public class CaseFiles {
    static final String COLUMNS = "c.id, c.reference, c.programme, c.office_id, c.person_id, c.household_id, c.stage,"
            + " c.status, c.caseworker, c.definition_version, c.version, c.stage_entered_at, c.opened_at, c.closed_at";
    private final JdbcClient jdbc;

    CaseFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CaseFile> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from casework.case_file c where c.id = :id")
                .param("id", id)
                .query(CaseFiles::map)
                .optional();
    }

    public Optional<CaseFile> byReference(String reference) {
        return jdbc.sql("select " + COLUMNS + " from casework.case_file c where c.reference = :r")
                .param("r", reference)
                .query(CaseFiles::map)
                .optional();
    }

    /** The case, its row locked until the transaction ends: stage changes of one case go one at a time. */
    Optional<CaseFile> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from casework.case_file c where c.id = :id for update")
                .param("id", id)
                .query(CaseFiles::map)
                .optional();
    }

    void insert(CaseSummary c, Instant at) {
        jdbc.sql(
                        """
                insert into casework.case_file (id, reference, programme, definition_version, office_id, person_id,
                    household_id, caseworker, stage, stage_entered_at, status, opened_at, version)
                values (:id, :ref, :programme, :dv, :office, :person, :household, :caseworker, :stage, :at, 'OPEN', :at, 0)
                """)
                .param("id", c.id().value())
                .param("ref", c.reference())
                .param("programme", c.programme())
                .param("dv", c.definitionVersion())
                .param("office", c.officeId())
                .param("person", c.person() == null ? null : c.person().value())
                .param("household", c.householdId())
                .param("caseworker", c.caseworker())
                .param("stage", c.stage())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Moves the case to the stage; closes it when the stage is final. */
    void moveTo(UUID id, String stage, boolean terminal, Instant at) {
        jdbc.sql(
                        """
                update casework.case_file set stage = :stage, stage_entered_at = :at, version = version + 1,
                    status = case when :terminal then 'CLOSED' else status end,
                    closed_at = case when :terminal then :at else closed_at end
                where id = :id
                """)
                .param("id", id)
                .param("stage", stage)
                .param("terminal", terminal)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Bumps the version of a case whose other parts changed (caseworker, office, field values). */
    void touch(UUID id) {
        jdbc.sql("update casework.case_file set version = version + 1 where id = :id")
                .param("id", id)
                .update();
    }

    void upgrade(UUID id, int definitionVersion) {
        jdbc.sql("update casework.case_file set definition_version = :v, version = version + 1 where id = :id")
                .param("id", id)
                .param("v", definitionVersion)
                .update();
    }

    void assign(UUID id, @Nullable String caseworker) {
        jdbc.sql("update casework.case_file set caseworker = :w, version = version + 1 where id = :id")
                .param("id", id)
                .param("w", caseworker)
                .update();
    }

    public void moveOffice(UUID id, UUID office) {
        // The sending office's caseworker does not follow the case: the receiving office assigns one.
        jdbc.sql(
                        "update casework.case_file set office_id = :o, caseworker = null, version = version + 1 where id = :id")
                .param("id", id)
                .param("o", office)
                .update();
        jdbc.sql("update casework.task set office_id = :o where case_id = :id")
                .param("id", id)
                .param("o", office)
                .update();
        jdbc.sql("update casework.proposal set office_id = :o where case_id = :id and status = 'PENDING'")
                .param("id", id)
                .param("o", office)
                .update();
    }

    /** The next reference number of the prefix in the year, e.g. {@code RST-2026-000124}. */
    String nextReference(String prefix, int year) {
        long n = jdbc.sql(
                        """
                insert into casework.reference_counter (prefix, year, last) values (:p, :y, 1)
                on conflict (prefix, year) do update set last = casework.reference_counter.last + 1
                returning last
                """)
                .param("p", prefix)
                .param("y", year)
                .query(Long.class)
                .single();
        return String.format(java.util.Locale.ROOT, "%s-%d-%06d", prefix, year, n);
    }

    static CaseFile map(ResultSet rs, int n) throws SQLException {
        UUID person = rs.getObject("person_id", UUID.class);
        Timestamp closed = rs.getTimestamp("closed_at");
        CaseSummary s = new CaseSummary(
                new CaseId(rs.getObject("id", UUID.class)),
                rs.getString("reference"),
                rs.getString("programme"),
                rs.getObject("office_id", UUID.class),
                person == null ? null : new PersonId(person),
                rs.getObject("household_id", UUID.class),
                rs.getString("stage"),
                "OPEN".equals(rs.getString("status")),
                rs.getString("caseworker"),
                rs.getInt("definition_version"),
                rs.getLong("version"));
        return new CaseFile(
                s,
                rs.getTimestamp("stage_entered_at").toInstant(),
                rs.getTimestamp("opened_at").toInstant(),
                closed == null ? null : closed.toInstant());
    }
}
