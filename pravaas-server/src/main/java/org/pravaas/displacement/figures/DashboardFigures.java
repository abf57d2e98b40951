package org.pravaas.displacement.figures;

import java.util.List;
import java.util.UUID;
import org.pravaas.displacement.figures.Dashboard.AreaRound;
import org.pravaas.displacement.figures.Dashboard.AreaTotal;
import org.pravaas.displacement.figures.Dashboard.EventLine;
import org.pravaas.displacement.figures.Dashboard.FlowMonth;
import org.pravaas.displacement.figures.Dashboard.NeedCount;
import org.pravaas.displacement.figures.Dashboard.OriginDestination;
import org.pravaas.displacement.figures.Dashboard.RoundTotal;
import org.pravaas.displacement.figures.Dashboard.SurveyReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard queries of one operation. Flows read the monthly rollup, so the dashboard costs
 * the same with ten thousand or ten million daily counts.
 */
@Service
public class DashboardFigures {
    private final JdbcClient jdbc;
    private final SmallCells cells;

    DashboardFigures(JdbcClient jdbc, PublishedFigures published) {
        this.jdbc = jdbc;
        this.cells = published.cells();
    }

    /** @param drafts whether unpublished rounds count (for those who enter or publish them) */
    @Transactional(readOnly = true)
    public Dashboard of(UUID operation, boolean drafts) {
        SmallCells k = drafts ? new SmallCells(1) : cells;
        return new Dashboard(
                rounds(operation, drafts, k),
                areas(operation, drafts, k),
                od(operation, drafts, k),
                flows(operation, k),
                events(operation, k),
                needs(operation, drafts, k),
                areaRounds(operation, drafts, k),
                surveys(operation, k));
    }

    private static final String FROM = " from displacement.assessment a join displacement.round r on r.id = a.round_id"
            + " join displacement.admin_area ar on ar.id = a.area_id"
            + " left join displacement.admin_area o on o.id = a.origin_area_id";
    private static final String WHERE = " where r.operation_id = :op and (:drafts or r.published_at is not null)";
    private static final String ROUNDS = FROM + WHERE;
    private static final String LATEST = " and r.number = (select max(r2.number) from displacement.round r2"
            + " join displacement.assessment a2 on a2.round_id = r2.id"
            + " where r2.operation_id = :op and (:drafts or r2.published_at is not null))";

    private List<RoundTotal> rounds(UUID op, boolean drafts, SmallCells k) {
        return jdbc.sql(
                        "select r.number, sum(a.households) h, sum(a.individuals) i, sum(a.idps) d, sum(a.returnees) re,"
                                + " sum(a.refugees) rf" + ROUNDS + " group by r.number order by r.number")
                .param("op", op)
                .param("drafts", drafts)
                .query((rs, n) -> new RoundTotal(
                        rs.getInt(1),
                        k.cell(rs.getLong(2)),
                        k.cell(rs.getLong(3)),
                        k.cell(rs.getLong(4)),
                        k.cell(rs.getLong(5)),
                        k.cell(rs.getLong(6))))
                .list();
    }

    private List<AreaTotal> areas(UUID op, boolean drafts, SmallCells k) {
        return jdbc.sql("select ar.pcode, ar.name, sum(a.individuals), sum(a.idps)" + ROUNDS + LATEST
                        + " group by ar.pcode, ar.name order by 4 desc")
                .param("op", op)
                .param("drafts", drafts)
                .query((rs, n) ->
                        new AreaTotal(rs.getString(1), rs.getString(2), k.cell(rs.getLong(3)), k.cell(rs.getLong(4))))
                .list();
    }

    private List<OriginDestination> od(UUID op, boolean drafts, SmallCells k) {
        return jdbc.sql("select coalesce(o.name, '?'), ar.name, sum(a.idps)" + ROUNDS + LATEST
                        + " and a.idps > 0 group by 1, 2 order by 3 desc")
                .param("op", op)
                .param("drafts", drafts)
                .query((rs, n) -> new OriginDestination(rs.getString(1), rs.getString(2), k.cell(rs.getLong(3))))
                .list();
    }

    private List<FlowMonth> flows(UUID op, SmallCells k) {
        return jdbc.sql(
                        """
                select m.month, a1.name,
                       sum(m.females + m.males) filter (where m.direction = 0),
                       sum(m.females + m.males) filter (where m.direction = 1)
                from displacement.flow_month m
                join displacement.flow_point p on p.id = m.point_id and p.operation_id = :op
                join displacement.admin_area a on a.id = p.area_id
                join displacement.admin_area a1 on a1.id = coalesce(a.admin1_id, a.id)
                group by m.month, a1.name order by m.month, a1.name
                """)
                .param("op", op)
                .query((rs, n) -> new FlowMonth(
                        rs.getDate(1).toLocalDate(), rs.getString(2), k.cell(rs.getLong(3)), k.cell(rs.getLong(4))))
                .list();
    }

    private List<SurveyReason> surveys(UUID op, SmallCells k) {
        return jdbc.sql(
                        """
                select s.reason, count(*) filter (where s.direction = 0), count(*) filter (where s.direction = 1)
                from displacement.flow_survey s
                join displacement.flow_point p on p.id = s.point_id and p.operation_id = :op
                where s.surveyed_on > current_date - 90
                group by s.reason order by count(*) desc
                """)
                .param("op", op)
                .query((rs, n) -> new SurveyReason(rs.getString(1), k.cell(rs.getLong(2)), k.cell(rs.getLong(3))))
                .list();
    }

    private List<AreaRound> areaRounds(UUID op, boolean drafts, SmallCells k) {
        return jdbc.sql("select r.number, ar.name, sum(a.individuals)" + ROUNDS + " group by 1, 2 order by 1, 2")
                .param("op", op)
                .param("drafts", drafts)
                .query((rs, n) -> new AreaRound(rs.getInt(1), rs.getString(2), k.cell(rs.getLong(3))))
                .list();
    }

    private List<NeedCount> needs(UUID op, boolean drafts, SmallCells k) {
        return jdbc.sql("select lower(n.need), count(*)" + FROM + " cross join unnest(a.needs) as n(need)" + WHERE
                        + LATEST + " group by 1 order by 2 desc, 1 limit 10")
                .param("op", op)
                .param("drafts", drafts)
                .query((rs, n) -> new NeedCount(rs.getString(1), k.cell(rs.getLong(2))))
                .list();
    }

    private List<EventLine> events(UUID op, SmallCells k) {
        return jdbc.sql(
                        """
                select e.occurred_on, a.name, e.reason, e.individuals, e.description
                from displacement.event e join displacement.admin_area a on a.id = e.area_id
                where e.operation_id = :op order by e.occurred_on desc limit 20
                """)
                .param("op", op)
                .query((rs, n) -> new EventLine(
                        rs.getDate(1).toLocalDate(),
                        rs.getString(2),
                        rs.getString(3),
                        k.cell(rs.getLong(4)),
                        rs.getString(5)))
                .list();
    }
}
