package org.pravaas.casework.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.consent.Recipient;
import org.pravaas.casework.consent.SharedPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class Referrals {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "r.id, r.case_id, c.reference, r.consent_id, r.from_office, r.to_office,"
            + " r.to_partner, r.parts, r.shared::text as shared, r.note, r.status, r.referred_at, r.referred_by,"
            + " r.answered_at, r.answered_by, r.answer_reason";
    private static final String FROM = " from casework.referral r join casework.case_file c on c.id = r.case_id";
    private final JdbcClient jdbc;

    Referrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Referral r) {
        jdbc.sql(
                        """
                insert into casework.referral (id, case_id, consent_id, from_office, to_office, to_partner, parts,
                    shared, note, status, referred_at, referred_by)
                values (:id, :c, :consent, :from, :office, :partner, :parts, cast(:shared as jsonb), :note, 'PENDING',
                    :at, :by)
                """)
                .param("id", r.id())
                .param("c", r.caseId())
                .param("consent", r.consentId())
                .param("from", r.fromOffice())
                .param("office", r.to().kind() == Recipient.Kind.OFFICE ? r.to().id() : null)
                .param("partner", r.to().kind() == Recipient.Kind.PARTNER ? r.to().id() : null)
                .param("parts", r.parts().stream().map(Enum::name).toArray(String[]::new))
                .param("shared", JSON.writeValueAsString(r.shared()))
                .param("note", r.note())
                .param("at", Timestamp.from(r.referredAt()))
                .param("by", r.referredBy())
                .update();
    }

    Optional<Referral> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where r.id = :id")
                .param("id", id)
                .query(Referrals::map)
                .optional();
    }

    List<Referral> ofCase(UUID caseId) {
        return jdbc.sql("select " + COLUMNS + FROM + " where r.case_id = :c order by r.referred_at desc")
                .param("c", caseId)
                .query(Referrals::map)
                .list();
    }

    List<Referral> toPartner(UUID partner) {
        return jdbc.sql("select " + COLUMNS + FROM + " where r.to_partner = :p order by r.referred_at desc limit 200")
                .param("p", partner)
                .query(Referrals::map)
                .list();
    }

    List<Referral> toOffices(List<UUID> offices) {
        return jdbc.sql("select " + COLUMNS + FROM
                        + " where r.to_office = any(:o) order by r.referred_at desc limit 200")
                .param("o", offices.toArray(UUID[]::new))
                .query(Referrals::map)
                .list();
    }

    /** Answers a pending referral; false when it is no longer pending (answered or stopped meanwhile). */
    boolean answer(UUID id, String status, String by, Instant at, @Nullable String reason) {
        // A declining receiver keeps nothing of what was shared.
        return jdbc.sql(
                                "update casework.referral set status = :s, answered_by = :by, answered_at = :at, answer_reason = :r,"
                                        + " shared = case when :s = 'DECLINED' then null else shared end where id = :id and status = 'PENDING'")
                        .param("id", id)
                        .param("s", status)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .param("r", reason)
                        .update()
                == 1;
    }

    /** Stops every live referral made under the consent and drops what any of them still holds. */
    int stopUnder(UUID consentId) {
        return jdbc.sql("update casework.referral set shared = null,"
                        + " status = case when status in ('PENDING', 'ACCEPTED') then 'STOPPED' else status end"
                        + " where consent_id = :c and (shared is not null or status in ('PENDING', 'ACCEPTED'))")
                .param("c", consentId)
                .update();
    }

    private static Referral map(ResultSet rs, int n) throws SQLException {
        UUID office = rs.getObject("to_office", UUID.class);
        String shared = rs.getString("shared");
        Timestamp answered = rs.getTimestamp("answered_at");
        return new Referral(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getString("reference"),
                rs.getObject("consent_id", UUID.class),
                rs.getObject("from_office", UUID.class),
                office != null
                        ? new Recipient(Recipient.Kind.OFFICE, office)
                        : new Recipient(Recipient.Kind.PARTNER, rs.getObject("to_partner", UUID.class)),
                Arrays.stream((String[]) rs.getArray("parts").getArray())
                        .map(SharedPart::valueOf)
                        .toList(),
                shared == null || shared.equals("null")
                        ? null
                        : JSON.readValue(shared, new TypeReference<Map<String, Map<String, String>>>() {}),
                rs.getString("note"),
                rs.getString("status"),
                rs.getTimestamp("referred_at").toInstant(),
                rs.getString("referred_by"),
                answered == null ? null : answered.toInstant(),
                rs.getString("answered_by"),
                rs.getString("answer_reason"));
    }
}
