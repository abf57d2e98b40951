package org.pravaas.displacement;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flow totals by admin-1 area (where the flow point is) and month, for every operation. {@link
 * #byAdmin1AndMonth} reads the monthly rollup kept by every import; {@link #byAdmin1AndMonthFromCounts}
 * scans the daily counts themselves and must give the same answer (the benchmark checks both).
 */
@Service
public class FlowStatistics {
    private static final String ROLLUP =
            """
            select a1.pcode, a1.name, m.month,
                   sum(m.females + m.males) filter (where m.direction = 0) as arrivals,
                   sum(m.females + m.males) filter (where m.direction = 1) as departures
            from displacement.flow_month m
            join displacement.flow_point p on p.id = m.point_id
            join displacement.admin_area a on a.id = p.area_id
            join displacement.admin_area a1 on a1.id = coalesce(a.admin1_id, a.id)
            group by a1.pcode, a1.name, m.month order by a1.pcode, m.month
            """;
    private static final String SCAN =
            """
            with c as (
                select point_id, date_trunc('month', day)::date as month,
                       sum(female_children + male_children + female_adults + male_adults + female_elderly + male_elderly)
                           filter (where direction = 0) as arrivals,
                       sum(female_children + male_children + female_adults + male_adults + female_elderly + male_elderly)
                           filter (where direction = 1) as departures
                from displacement.flow_count group by 1, 2)
            select a1.pcode, a1.name, c.month, sum(c.arrivals) as arrivals, sum(c.departures) as departures
            from c join displacement.flow_point p on p.id = c.point_id
            join displacement.admin_area a on a.id = p.area_id
            join displacement.admin_area a1 on a1.id = coalesce(a.admin1_id, a.id)
            group by a1.pcode, a1.name, c.month order by a1.pcode, c.month
            """;
    private final JdbcClient jdbc;

    FlowStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<FlowTotal> byAdmin1AndMonth() {
        return query(ROLLUP);
    }

    @Transactional(readOnly = true)
    public List<FlowTotal> byAdmin1AndMonthFromCounts() {
        return query(SCAN);
    }

    private List<FlowTotal> query(String sql) {
        return jdbc.sql(sql)
                .query((rs, n) -> new FlowTotal(
                        rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getLong(4), rs.getLong(5)))
                .list();
    }
}
