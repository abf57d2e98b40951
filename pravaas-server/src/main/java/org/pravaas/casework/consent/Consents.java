package org.pravaas.casework.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Consents {
    private static final String COLUMNS = "id, case_id, person_id, purpose, recipients, parts, given_on, expires_on,"
            + " withdrawn_at, recorded_at, recorded_by";
    private final JdbcClient jdbc;

    Consents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Consent c) {
        jdbc.sql(
                        """
                insert into casework.consent (id, case_id, person_id, purpose, recipients, parts, given_on, expires_on,
                    recorded_at, recorded_by)
                values (:id, :c, :p, :purpose, :r, :parts, :given, :expires, :at, :by)
                """)
                .param("id", c.id())
                .param("c", c.caseId())
                .param("p", c.personId())
                .param("purpose", c.purpose())
                .param("r", c.recipients().stream().map(Recipient::toString).toArray(String[]::new))
                .param("parts", c.parts().stream().map(Enum::name).toArray(String[]::new))
                .param("given", c.givenOn())
                .param("expires", c.expiresOn())
                .param("at", Timestamp.from(c.recordedAt()))
                .param("by", c.recordedBy())
                .update();
    }

    Optional<Consent> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from casework.consent where id = :id for update")
                .param("id", id)
                .query(Consents::map)
                .optional();
    }

    Optional<Consent> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from casework.consent where id = :id")
                .param("id", id)
                .query(Consents::map)
                .optional();
    }

    List<Consent> ofCase(UUID caseId) {
        return jdbc.sql("select " + COLUMNS + " from casework.consent where case_id = :c order by recorded_at desc")
                .param("c", caseId)
                .query(Consents::map)
                .list();
    }

    void withdraw(UUID id, String by, Instant at) {
        jdbc.sql("update casework.consent set withdrawn_at = :at, withdrawn_by = :by where id = :id")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    private static Consent map(ResultSet rs, int n) throws SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new Consent(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getString("purpose"),
                Arrays.stream((String[]) rs.getArray("recipients").getArray())
                        .map(Recipient::parse)
                        .toList(),
                Arrays.stream((String[]) rs.getArray("parts").getArray())
                        .map(SharedPart::valueOf)
                        .toList(),
                rs.getObject("given_on", LocalDate.class),
                rs.getObject("expires_on", LocalDate.class),
                withdrawn == null ? null : withdrawn.toInstant(),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"));
    }
}
