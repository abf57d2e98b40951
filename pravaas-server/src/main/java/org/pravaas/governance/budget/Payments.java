package org.pravaas.governance.budget;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pravaas.governance.budget.BudgetLines.Payment;
import org.pravaas.governance.budget.BudgetLines.StatementLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The governance.payment table, and members' statements built from it and their assessments. */
@Repository
public class Payments {
    private final JdbcClient jdbc;

    Payments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Payment p) {
        jdbc.sql(
                        """
                insert into governance.payment (id, country, received_on, amount, currency, credited, reference)
                values (:id, :country, :received, :amount, :currency, :credited, :reference)""")
                .param("id", p.id())
                .param("country", p.country())
                .param("received", Date.valueOf(p.receivedOn()))
                .param("amount", p.amount())
                .param("currency", p.currency())
                .param("credited", p.credited())
                .param("reference", p.reference())
                .update();
    }

    public List<Payment> of(String country) {
        return jdbc.sql("select * from governance.payment where country = :c order by received_on desc")
                .param("c", country)
                .query((rs, row) -> new Payment(
                        rs.getObject("id", UUID.class),
                        rs.getString("country"),
                        rs.getDate("received_on").toLocalDate(),
                        rs.getBigDecimal("amount"),
                        rs.getString("currency"),
                        rs.getBigDecimal("credited"),
                        rs.getString("reference")))
                .list();
    }

    public boolean everAssessed(String country) {
        return jdbc.sql("select exists(select 1 from governance.assessment where country = :c)")
                .param("c", country)
                .query(Boolean.class)
                .single();
    }

    /** Year by year: what was assessed, what was received that year, and the running balance. */
    public List<StatementLine> statement(String country) {
        List<Object[]> rows = jdbc.sql(
                        """
                with a as (select year, amount from governance.assessment where country = :c),
                     p as (select extract(year from received_on)::int as year, sum(credited) as paid
                             from governance.payment where country = :c group by 1)
                select y.year, coalesce(a.amount, 0) as assessed, coalesce(p.paid, 0) as paid
                  from (select year from a union select year from p) y
                  left join a on a.year = y.year left join p on p.year = y.year
                 order by y.year""")
                .param("c", country)
                .query((rs, row) ->
                        new Object[] {rs.getInt("year"), rs.getBigDecimal("assessed"), rs.getBigDecimal("paid")})
                .list();
        List<StatementLine> lines = new ArrayList<>();
        BigDecimal balance = BigDecimal.ZERO;
        for (Object[] r : rows) {
            balance = balance.add((BigDecimal) r[1]).subtract((BigDecimal) r[2]);
            lines.add(new StatementLine((Integer) r[0], (BigDecimal) r[1], (BigDecimal) r[2], balance));
        }
        return lines;
    }
}
