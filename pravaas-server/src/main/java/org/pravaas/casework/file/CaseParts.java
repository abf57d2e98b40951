package org.pravaas.casework.file;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.CaseSummary;
import org.pravaas.registry.PersonId;
import org.pravaas.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A case's people, field values and stage history. */
@Repository
public class CaseParts {
    private final JdbcClient jdbc;

    CaseParts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person the case covers. */
    public record Member(PersonId person, boolean adult) {}

    /** A stage the case was (or is) in, and for how long. */
    public record Stay(String stage, Instant enteredAt, @Nullable Instant leftAt, String enteredBy) {
        public Duration duration(Instant now) {
            return Duration.between(enteredAt, leftAt == null ? now : leftAt);
        }
    }

    void addMember(UUID caseId, PersonId person, boolean adult) {
        jdbc.sql("insert into casework.case_member (case_id, person_id, adult) values (:c, :p, :a)"
                        + " on conflict do nothing")
                .param("c", caseId)
                .param("p", person.value())
                .param("a", adult)
                .update();
    }

    public List<Member> members(UUID caseId) {
        return jdbc.sql("select person_id, adult from casework.case_member where case_id = :c order by adult desc")
                .param("c", caseId)
                .query((rs, n) -> new Member(new PersonId(rs.getObject(1, UUID.class)), rs.getBoolean(2)))
                .list();
    }

    public Map<String, String> values(UUID caseId) {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("select field, value from casework.case_value where case_id = :c order by field")
                .param("c", caseId)
                .query(rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    void setValue(UUID caseId, String field, String value, String by, Instant at) {
        jdbc.sql(
                        """
                insert into casework.case_value (case_id, field, value, updated_at, updated_by)
                values (:c, :f, :v, :at, :by)
                on conflict (case_id, field) do update set value = excluded.value, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by
                """)
                .param("c", caseId)
                .param("f", field)
                .param("v", value)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    void clearValue(UUID caseId, String field) {
        jdbc.sql("delete from casework.case_value where case_id = :c and field = :f")
                .param("c", caseId)
                .param("f", field)
                .update();
    }

    void enter(CaseSummary c, String stage, String by, Instant at) {
        jdbc.sql("update casework.stage_history set left_at = :at where case_id = :c and left_at is null")
                .param("c", c.id().value())
                .param("at", Timestamp.from(at))
                .update();
        jdbc.sql(
                        """
                insert into casework.stage_history (id, case_id, office_id, programme, stage, entered_at, entered_by)
                values (:id, :c, :o, :p, :s, :at, :by)
                """)
                .param("id", Ids.newId())
                .param("c", c.id().value())
                .param("o", c.officeId())
                .param("p", c.programme())
                .param("s", stage)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    public List<Stay> history(UUID caseId) {
        return jdbc.sql("select stage, entered_at, left_at, entered_by from casework.stage_history where case_id = :c"
                        + " order by entered_at, id")
                .param("c", caseId)
                .query((rs, n) -> {
                    Timestamp left = rs.getTimestamp(3);
                    return new Stay(
                            rs.getString(1),
                            rs.getTimestamp(2).toInstant(),
                            left == null ? null : left.toInstant(),
                            rs.getString(4));
                })
                .list();
    }

    /** Whether any of the case's people is under a health hold that has not been lifted. */
    public boolean onHealthHold(UUID caseId) {
        return jdbc.sql(
                        """
                select exists (select 1 from casework.health_hold h join casework.case_member m on m.person_id = h.person_id
                    where m.case_id = :c and h.lifted_at is null)
                """)
                .param("c", caseId)
                .query(Boolean.class)
                .single();
    }
}
