package org.pravaas.casework.programme.protection;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Identifications; coded lists are stored as text arrays (passed joined, since named parameters expand lists). */
@Repository
class Identifications {
    private final JdbcClient jdbc;

    Identifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Identification> find(UUID caseId) {
        return jdbc.sql("select * from casework.protection_identification where case_id = :id")
                .param("id", caseId)
                .query(Identifications::identification)
                .optional();
    }

    /**
     * Creates the identification (version 0 given: none may exist yet) or replaces it; false when
     * the version given is no longer the row's. A new row starts at 1, so a second "first" save is stale.
     */
    boolean save(Identification i, long expectedVersion) {
        return jdbc.sql(
                                """
                insert into casework.protection_identification (case_id, exploitation, control_means,
                    recruiter_relationship, recruitment_means, origin_country, transit_countries,
                    exploitation_country, recruited_on, exploitation_started_on, exited_on, identified_on, identified_by,
                    version)
                values (:id, string_to_array(:ex, ','), string_to_array(:co, ','), :rel, string_to_array(:re, ','),
                    :origin, string_to_array(:transit, ','), :country, :recruited, :started, :exited, :on, :by, 1)
                on conflict (case_id) do update set exploitation = excluded.exploitation,
                    control_means = excluded.control_means, recruiter_relationship = excluded.recruiter_relationship,
                    recruitment_means = excluded.recruitment_means, origin_country = excluded.origin_country,
                    transit_countries = excluded.transit_countries, exploitation_country = excluded.exploitation_country,
                    recruited_on = excluded.recruited_on, exploitation_started_on = excluded.exploitation_started_on,
                    exited_on = excluded.exited_on, identified_on = excluded.identified_on,
                    identified_by = excluded.identified_by, version = protection_identification.version + 1
                where protection_identification.version = :v
                """)
                        .param("id", i.caseId())
                        .param("ex", joined(i.exploitation()))
                        .param("co", joined(i.control()))
                        .param(
                                "rel",
                                i.recruiterRelationship() == null
                                        ? null
                                        : i.recruiterRelationship().name())
                        .param("re", joined(i.recruitment()))
                        .param("origin", i.originCountry())
                        .param("transit", String.join(",", i.transitCountries()))
                        .param("country", i.exploitationCountry())
                        .param("recruited", i.recruitedOn())
                        .param("started", i.exploitationStartedOn())
                        .param("exited", i.exitedOn())
                        .param("on", i.identifiedOn())
                        .param("by", i.identifiedBy())
                        .param("v", expectedVersion)
                        .update()
                == 1;
    }

    private static String joined(List<? extends Enum<?>> codes) {
        return String.join(",", codes.stream().map(Enum::name).toList());
    }

    private static Identification identification(ResultSet rs, int n) throws SQLException {
        String relationship = rs.getString("recruiter_relationship");
        return new Identification(
                rs.getObject("case_id", UUID.class),
                codes(rs.getArray("exploitation"), Htcds.Exploitation::valueOf),
                codes(rs.getArray("control_means"), Htcds.Control::valueOf),
                relationship == null ? null : Htcds.Relationship.valueOf(relationship),
                codes(rs.getArray("recruitment_means"), Htcds.Recruitment::valueOf),
                trimmed(rs.getString("origin_country")),
                codes(rs.getArray("transit_countries"), Function.identity()),
                trimmed(rs.getString("exploitation_country")),
                date(rs, "recruited_on"),
                date(rs, "exploitation_started_on"),
                date(rs, "exited_on"),
                rs.getDate("identified_on").toLocalDate(),
                rs.getString("identified_by"),
                rs.getLong("version"));
    }

    private static <T> List<T> codes(Array array, Function<String, T> parse) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(parse).toList();
    }

    private static @Nullable String trimmed(@Nullable String s) {
        return s == null ? null : s.strip();
    }

    static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
