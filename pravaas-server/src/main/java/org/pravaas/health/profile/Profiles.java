package org.pravaas.health.profile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pravaas.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Destination profiles and their vaccine requirements; a version is never changed once written. */
@Repository("healthProfiles")
class Profiles {
    private static final String COLUMNS =
            "id, code, version, name, country, xray_from_age, sputum_when_xray_abnormal, fit_valid_hours,"
                    + " created_at, created_by";
    private final JdbcClient jdbc;

    Profiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DestinationProfile> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from health.destination_profile where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** The latest version of every destination, by code. */
    List<DestinationProfile> current() {
        return jdbc.sql("select distinct on (code) " + COLUMNS
                        + " from health.destination_profile order by code, version desc")
                .query(this::map)
                .list();
    }

    List<DestinationProfile> versions(String code) {
        return jdbc.sql("select " + COLUMNS
                        + " from health.destination_profile where code = :code order by version desc")
                .param("code", code)
                .query(this::map)
                .list();
    }

    int nextVersion(String code) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from health.destination_profile where code = :code")
                .param("code", code)
                .query(Integer.class)
                .single();
    }

    UUID insert(ProfileCommand c, List<VaccineRequirement> vaccines, int version, String by, Instant at) {
        UUID id = Ids.newId();
        jdbc.sql(
                        """
                insert into health.destination_profile (id, code, version, name, country, xray_from_age,
                    sputum_when_xray_abnormal, fit_valid_hours, created_at, created_by)
                values (:id, :code, :version, :name, :country, :xray, :sputum, :hours, :at, :by)
                """)
                .param("id", id)
                .param("code", c.code())
                .param("version", version)
                .param("name", c.name())
                .param("country", c.country())
                .param("xray", c.xrayFromAge())
                .param("sputum", c.sputumWhenXrayAbnormal())
                .param("hours", c.fitValidHours())
                .param("at", java.sql.Timestamp.from(at))
                .param("by", by)
                .update();
        for (VaccineRequirement v : vaccines) {
            jdbc.sql(
                            """
                    insert into health.profile_vaccine (profile_id, vaccine, from_months, to_months, doses)
                    values (:p, :v, :from, :to, :doses)
                    """)
                    .param("p", id)
                    .param("v", v.vaccine())
                    .param("from", v.fromMonths())
                    .param("to", v.toMonths())
                    .param("doses", v.doses())
                    .update();
        }
        return id;
    }

    private List<VaccineRequirement> vaccines(UUID profile) {
        return jdbc.sql("select vaccine, from_months, to_months, doses from health.profile_vaccine"
                        + " where profile_id = :p order by from_months, vaccine")
                .param("p", profile)
                .query((rs, n) ->
                        new VaccineRequirement(rs.getString(1), rs.getInt(2), (Integer) rs.getObject(3), rs.getInt(4)))
                .list();
    }

    private DestinationProfile map(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new DestinationProfile(
                id,
                rs.getString("code"),
                rs.getInt("version"),
                rs.getString("name"),
                rs.getString("country"),
                rs.getInt("xray_from_age"),
                rs.getBoolean("sputum_when_xray_abnormal"),
                rs.getInt("fit_valid_hours"),
                vaccines(id),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }
}
