package org.pravaas.governance.budget;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Members' balances on a day, computed from assessments and payments. Payments settle the
 * oldest contributions first, so arrears are simply what was assessed for earlier years minus
 * everything paid so far.
 */
@Repository
public class Balances {
    /** The organisation keeps its accounts, and assesses contributions, in Swiss francs. */
    public static final String ACCOUNTING_CURRENCY = "CHF";

    private static final String QUERY =
            """
            with states as (select unnest(cast(:countries as text[])) as country),
            assessed as (
              select a.country,
                     sum(a.amount) as due,
                     sum(a.amount) filter (where a.year >= :year - 2) as recent
                from governance.assessment a join states s on s.country = a.country
               where a.year < :year group by a.country),
            paid as (
              select p.country, sum(p.credited) as paid
                from governance.payment p join states s on s.country = p.country
               where p.received_on <= :day group by p.country)
            select s.country, coalesce(a.due, 0) as due, coalesce(p.paid, 0) as paid, coalesce(a.recent, 0) as recent
              from states s left join assessed a on a.country = s.country left join paid p on p.country = s.country
             order by s.country""";

    private final JdbcClient jdbc;

    Balances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Balance> on(Collection<String> countries, LocalDate day) {
        return jdbc.sql(QUERY)
                .param("countries", countries.toArray(String[]::new))
                .param("year", day.getYear())
                .param("day", Date.valueOf(day))
                .query(Balances::map)
                .list();
    }

    public Balance of(String country, LocalDate day) {
        return on(List.of(country), day).get(0);
    }

    private static Balance map(ResultSet rs, int row) throws SQLException {
        return new Balance(
                rs.getString("country").strip(),
                rs.getBigDecimal("due"),
                rs.getBigDecimal("paid"),
                rs.getBigDecimal("recent"));
    }
}
