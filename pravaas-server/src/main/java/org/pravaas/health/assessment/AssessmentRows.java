package org.pravaas.health.assessment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reads an assessment row, with its nullable dates, codes and numbers, into the record. */
final class AssessmentRows {
    private AssessmentRows() {}

    private static @Nullable LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static <E extends Enum<E>> @Nullable E value(ResultSet rs, String column, Class<E> type)
            throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : Enum.valueOf(type, s);
    }

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        return (Integer) rs.getObject(column);
    }

    static Assessment map(ResultSet rs, int n) throws SQLException {
        AssessmentForm f = new AssessmentForm(
                rs.getString("physician"),
                localDate(rs, "examined_on"),
                rs.getString("history"),
                rs.getString("examination"),
                rs.getBigDecimal("temperature_c"),
                integer(rs, "pulse"),
                integer(rs, "systolic"),
                integer(rs, "diastolic"),
                integer(rs, "respiratory_rate"),
                integer(rs, "oxygen_saturation"),
                rs.getBigDecimal("weight_kg"),
                rs.getBigDecimal("height_cm"),
                localDate(rs, "xray_on"),
                value(rs, "xray_result", Findings.Xray.class),
                localDate(rs, "sputum_sampled_on"),
                value(rs, "smear_result", Findings.Smear.class),
                localDate(rs, "smear_resulted_on"),
                value(rs, "culture_result", Findings.Culture.class),
                localDate(rs, "culture_resulted_on"),
                value(rs, "dst_result", Findings.Dst.class),
                value(rs, "tb_class", Findings.TbClass.class),
                value(rs, "pregnancy", Findings.Pregnancy.class),
                value(rs, "mental_health", Findings.MentalHealth.class),
                rs.getString("disabilities"));
        return new Assessment(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getObject("office_id", UUID.class),
                rs.getObject("profile_id", UUID.class),
                AssessmentStatus.valueOf(rs.getString("status")),
                rs.getDate("scheduled_on").toLocalDate(),
                rs.getString("clinic"),
                f,
                rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
