package org.pravaas.governance.budget;

import java.util.List;
import java.util.Optional;
import org.pravaas.governance.budget.BudgetLines.Assessment;
import org.pravaas.governance.budget.BudgetLines.Budget;
import org.pravaas.governance.budget.BudgetLines.Total;
import org.pravaas.governance.budget.BudgetLines.Voluntary;
import org.pravaas.governance.budget.BudgetLines.YearSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The governance.budget, assessment and voluntary_contribution tables. */
@Repository
public class Budgets {
    private final JdbcClient jdbc;

    Budgets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Budget> find(int year) {
        return jdbc.sql("select * from governance.budget where year = :y")
                .param("y", year)
                .query((rs, row) -> new Budget(
                        rs.getInt("year"),
                        rs.getString("currency"),
                        rs.getBigDecimal("administrative"),
                        rs.getString("approved_by")))
                .optional();
    }

    public void insert(Budget b, List<Assessment> scale) {
        jdbc.sql(
                        """
                insert into governance.budget (year, currency, administrative, approved_by)
                values (:year, :currency, :administrative, :approvedBy)""")
                .param("year", b.year())
                .param("currency", b.currency())
                .param("administrative", b.administrative())
                .param("approvedBy", b.approvedBy())
                .update();
        for (Assessment a : scale) {
            jdbc.sql(
                            """
                    insert into governance.assessment (year, country, percentage, amount)
                    values (:year, :country, :percentage, :amount)""")
                    .param("year", a.year())
                    .param("country", a.country())
                    .param("percentage", a.percentage())
                    .param("amount", a.amount())
                    .update();
        }
    }

    public void insertVoluntary(Voluntary v) {
        jdbc.sql(
                        """
                insert into governance.voluntary_contribution (id, year, donor, programme, amount, currency)
                values (:id, :year, :donor, :programme, :amount, :currency)""")
                .param("id", v.id())
                .param("year", v.year())
                .param("donor", v.donor())
                .param("programme", v.programme())
                .param("amount", v.amount())
                .param("currency", v.currency())
                .update();
    }

    public List<Assessment> scale(int year) {
        return jdbc.sql("select * from governance.assessment where year = :y order by percentage desc, country")
                .param("y", year)
                .query((rs, row) -> new Assessment(
                        rs.getInt("year"),
                        rs.getString("country"),
                        rs.getBigDecimal("percentage"),
                        rs.getBigDecimal("amount")))
                .list();
    }

    public List<Voluntary> voluntary(int year) {
        return jdbc.sql("select * from governance.voluntary_contribution where year = :y order by donor, programme")
                .param("y", year)
                .query((rs, row) -> new Voluntary(
                        rs.getObject("id", java.util.UUID.class),
                        rs.getInt("year"),
                        rs.getString("donor"),
                        rs.getString("programme"),
                        rs.getBigDecimal("amount"),
                        rs.getString("currency")))
                .list();
    }

    /** Voluntary funding of a year totalled by {@code donor} or {@code programme}. */
    public List<Total> voluntaryBy(int year, boolean byDonor) {
        String column = byDonor ? "donor" : "programme";
        return jdbc.sql("select " + column + " as name, currency, sum(amount) as amount"
                        + " from governance.voluntary_contribution where year = :y"
                        + " group by 1, 2 order by 3 desc")
                .param("y", year)
                .query((rs, row) ->
                        new Total(rs.getString("name"), rs.getString("currency"), rs.getBigDecimal("amount")))
                .list();
    }

    public List<YearSummary> summaries() {
        return jdbc.sql(
                        """
                select b.year, b.currency, b.administrative,
                       coalesce(a.assessed, 0) as assessed, coalesce(a.members, 0) as members,
                       coalesce(p.received, 0) as received, coalesce(v.voluntary, 0) as voluntary
                  from governance.budget b
                  left join (select year, sum(amount) as assessed, count(*) as members
                               from governance.assessment group by year) a on a.year = b.year
                  left join (select extract(year from received_on)::int as year, sum(credited) as received
                               from governance.payment group by 1) p on p.year = b.year
                  left join (select year, sum(amount) as voluntary from governance.voluntary_contribution
                              where currency = 'USD' group by year) v on v.year = b.year
                 order by b.year desc""")
                .query((rs, row) -> new YearSummary(
                        rs.getInt("year"),
                        rs.getString("currency"),
                        rs.getBigDecimal("administrative"),
                        rs.getBigDecimal("assessed"),
                        rs.getBigDecimal("received"),
                        rs.getInt("members"),
                        rs.getBigDecimal("voluntary")))
                .list();
    }
}
