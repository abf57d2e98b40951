package org.pravaas.casework.programme.resettlement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Quotas and submissions. Places count persons, so a household of five takes five; a case the
 * country did not accept, or that was withdrawn, gives its places back.
 */
@Repository
class Submissions {
    /** Quota lines of a year; {@code %s} narrows the submissions (to one country, or not at all). */
    private static final String LINES =
            """
            select q.country, q.year, q.quota, q.version,
                coalesce(sum(s.persons) filter (where s.decision is distinct from 'NOT_ACCEPTED' and not s.withdrawn), 0)
                    as submitted,
                coalesce(sum(s.persons) filter (where s.decision = 'ACCEPTED' and not s.withdrawn), 0) as accepted,
                coalesce(sum(s.persons) filter (where s.arrived_at is not null), 0) as arrived
            from casework.resettlement_quota q
            left join (
                select s.country, s.persons, s.decision, s.arrived_at, s.withdrawn_at is not null as withdrawn
                from casework.resettlement_submission s
                where s.submitted_on >= make_date(:y, 1, 1) and s.submitted_on < make_date(:y + 1, 1, 1) %s
            ) s on s.country = q.country
            where q.year = :y %s
            group by q.country, q.year
            """;

    private final JdbcClient jdbc;

    Submissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<QuotaLine> year(int year) {
        return jdbc.sql(LINES.formatted("", "") + " order by q.country")
                .param("y", year)
                .query(Submissions::line)
                .list();
    }

    /** The quota line, its row locked so that two submissions cannot both take the last places. */
    Optional<QuotaLine> lockLine(String country, int year) {
        jdbc.sql("select 1 from casework.resettlement_quota where country = :c and year = :y for update")
                .param("c", country)
                .param("y", year)
                .query(Integer.class)
                .optional();
        return jdbc.sql(LINES.formatted("and s.country = :c", "and q.country = :c"))
                .param("c", country)
                .param("y", year)
                .query(Submissions::line)
                .optional();
    }

    /**
     * Sets a quota (version 0 given: the line may not exist yet); false when the version given is
     * no longer the row's. A new line starts at 1, so a second "first" save is stale.
     */
    boolean setQuota(String country, int year, int quota, long expectedVersion) {
        return jdbc.sql(
                                """
                insert into casework.resettlement_quota (country, year, quota, version) values (:c, :y, :q, 1)
                on conflict (country, year) do update set quota = :q, version = resettlement_quota.version + 1
                    where resettlement_quota.version = :v
                """)
                        .param("c", country)
                        .param("y", year)
                        .param("q", quota)
                        .param("v", expectedVersion)
                        .update()
                == 1;
    }

    /** The people the case covers, as the engine recorded them when it opened the case (at least one). */
    int persons(UUID caseId) {
        long n = jdbc.sql("select count(*) from casework.case_member where case_id = :id")
                .param("id", caseId)
                .query(Long.class)
                .single();
        return (int) Math.max(1, n);
    }

    Optional<Submission> find(UUID caseId) {
        return jdbc.sql("select * from casework.resettlement_submission where case_id = :id")
                .param("id", caseId)
                .query(Submissions::submission)
                .optional();
    }

    /** Records the submission; false when the case already has one (two submits at once). */
    boolean insert(UUID caseId, String country, LocalDate on, int persons) {
        return jdbc.sql(
                                """
                insert into casework.resettlement_submission (case_id, country, submitted_on, persons)
                values (:id, :c, :on, :p) on conflict (case_id) do nothing
                """)
                        .param("id", caseId)
                        .param("c", country)
                        .param("on", on)
                        .param("p", persons)
                        .update()
                == 1;
    }

    boolean decide(UUID caseId, Submission.Decision decision, LocalDate on, long expectedVersion) {
        return jdbc.sql(
                                """
                update casework.resettlement_submission set decision = :d, decided_on = :on, version = version + 1
                where case_id = :id and version = :v
                """)
                        .param("id", caseId)
                        .param("d", decision.name())
                        .param("on", on)
                        .param("v", expectedVersion)
                        .update()
                == 1;
    }

    void arrived(UUID caseId, Instant at) {
        jdbc.sql(
                        """
                update casework.resettlement_submission set arrived_at = :at, version = version + 1
                where case_id = :id and arrived_at is null
                """)
                .param("id", caseId)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The case was withdrawn: its places go back to the quota (once; a replayed event changes nothing). */
    void withdrawn(UUID caseId, Instant at) {
        jdbc.sql(
                        """
                update casework.resettlement_submission set withdrawn_at = :at, version = version + 1
                where case_id = :id and withdrawn_at is null
                """)
                .param("id", caseId)
                .param("at", Timestamp.from(at))
                .update();
    }

    private static QuotaLine line(ResultSet rs, int n) throws SQLException {
        return new QuotaLine(
                rs.getString("country"),
                rs.getInt("year"),
                rs.getInt("quota"),
                rs.getInt("submitted"),
                rs.getInt("accepted"),
                rs.getInt("arrived"),
                rs.getLong("version"));
    }

    private static Submission submission(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString("decision");
        Timestamp arrived = rs.getTimestamp("arrived_at");
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        java.sql.Date decided = rs.getDate("decided_on");
        return new Submission(
                rs.getObject("case_id", UUID.class),
                rs.getString("country"),
                rs.getDate("submitted_on").toLocalDate(),
                rs.getInt("persons"),
                decision == null ? null : Submission.Decision.valueOf(decision),
                decided == null ? null : decided.toLocalDate(),
                arrived == null ? null : arrived.toInstant(),
                withdrawn == null ? null : withdrawn.toInstant(),
                rs.getLong("version"));
    }
}
