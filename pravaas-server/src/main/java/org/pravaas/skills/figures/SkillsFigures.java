package org.pravaas.skills.figures;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.organization.Access;
import org.pravaas.skills.opening.OpeningKind;
import org.pravaas.skills.profile.SkillsRoles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placements counted per country of the opening and ISCO-08 group at the level asked (1 to 4
 * digits), over the placements of the user's offices. Counts, not people: nothing here is
 * audited.
 */
@Service
public class SkillsFigures {
    private final JdbcClient jdbc;
    private final Access access;

    SkillsFigures(JdbcClient jdbc, Access access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<FigureRow> byCountryAndOccupation(int digits, @Nullable OpeningKind kind) {
        access.requireRole(SkillsRoles.READ);
        return of(access.officesInScope(), Math.max(1, Math.min(4, digits)), kind);
    }

    List<FigureRow> of(List<UUID> offices, int digits, @Nullable OpeningKind kind) {
        return jdbc.sql(
                        """
                select o.country, left(o.occupation, :digits) as occupation,
                    count(distinct pl.person_id) as placed,
                    coalesce(sum((pl.ends_on - pl.starts_on + 1) / 30.44), 0) as person_months,
                    count(*) filter (where pl.outcome = 'OBJECTIVES_MET') as objectives_met,
                    count(*) filter (where pl.outcome = 'PARTLY_MET') as partly_met,
                    count(*) filter (where pl.outcome = 'NOT_MET') as not_met,
                    count(*) filter (where pl.stays) as stayed
                from skills.placement pl join skills.opening o on o.id = pl.opening_id
                where pl.office_id = any(:offices) and pl.status in ('ACCEPTED', 'COMPLETED', 'ENDED_EARLY')
                  and (cast(:kind as text) is null or o.kind = :kind)
                group by 1, 2 order by 1, 2
                """)
                .param("digits", digits)
                .param("offices", offices.toArray(UUID[]::new))
                .param("kind", kind == null ? null : kind.name())
                .query(FigureRow.class)
                .list();
    }

    /** The sum of the rows. */
    public static FigureRow total(List<FigureRow> rows) {
        return new FigureRow(
                "",
                "",
                rows.stream().mapToLong(FigureRow::placed).sum(),
                rows.stream().mapToDouble(FigureRow::personMonths).sum(),
                rows.stream().mapToLong(FigureRow::objectivesMet).sum(),
                rows.stream().mapToLong(FigureRow::partlyMet).sum(),
                rows.stream().mapToLong(FigureRow::notMet).sum(),
                rows.stream().mapToLong(FigureRow::stayed).sum());
    }
}
