package org.pravaas.movement.cost;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The movement.cost ledger: rows are inserted, never updated or deleted. */
@Repository
class Costs {
    private static final String SELECT =
            """
            select c.*, exists (select 1 from movement.cost r where r.reverses = c.id) as reversed
            from movement.cost c
            """;
    private final JdbcClient jdbc;

    Costs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Cost c) {
        jdbc.sql(
                        """
                insert into movement.cost (id, request_id, category, budget_line, amount, currency,
                    created_at, created_by, reverses, reason)
                values (:id, :request, :category, :line, :amount, :currency, :at, :by, :reverses, :reason)
                """)
                .param("id", c.id())
                .param("request", c.requestId())
                .param("category", c.category().name())
                .param("line", c.budgetLine())
                .param("amount", c.amount())
                .param("currency", c.currency())
                .param("at", Timestamp.from(c.createdAt()))
                .param("by", c.createdBy())
                .param("reverses", c.reverses())
                .param("reason", c.reason())
                .update();
    }

    List<Cost> ofRequest(UUID request) {
        return jdbc.sql(SELECT + " where c.request_id = :r order by c.created_at, c.id")
                .param("r", request)
                .query(Costs::map)
                .list();
    }

    /** The entry, its row locked so two officers cannot reverse it at the same moment. */
    Optional<Cost> findForUpdate(UUID id) {
        jdbc.sql("select id from movement.cost where id = :id for update")
                .param("id", id)
                .query(UUID.class)
                .optional();
        return jdbc.sql(SELECT + " where c.id = :id")
                .param("id", id)
                .query(Costs::map)
                .optional();
    }

    /** Net amounts per office, budget line, category and currency, for entries of the given period. */
    List<OfficeCost> byBudgetLine(List<UUID> offices, Instant from, Instant to) {
        if (offices.isEmpty()) return List.of();
        return jdbc.sql(
                        """
                select r.office_id, c.budget_line, c.category, c.currency, sum(c.amount) as amount,
                    count(*) as entries
                from movement.cost c join movement.request r on r.id = c.request_id
                where r.office_id in (:offices) and c.created_at >= :from and c.created_at < :to
                group by r.office_id, c.budget_line, c.category, c.currency
                order by c.currency, c.budget_line, c.category, r.office_id
                """)
                .param("offices", offices)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new OfficeCost(
                        rs.getObject("office_id", UUID.class),
                        rs.getString("budget_line"),
                        Cost.Category.valueOf(rs.getString("category")),
                        rs.getString("currency"),
                        minorUnits(rs.getBigDecimal("amount"), rs.getString("currency")),
                        rs.getLong("entries")))
                .list();
    }

    private static Cost map(ResultSet rs, int n) throws SQLException {
        String currency = rs.getString("currency");
        BigDecimal amount = minorUnits(rs.getBigDecimal("amount"), currency);
        return new Cost(
                rs.getObject("id", UUID.class),
                rs.getObject("request_id", UUID.class),
                Cost.Category.valueOf(rs.getString("category")),
                rs.getString("budget_line"),
                amount,
                currency,
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                nullableUuid(rs, "reverses"),
                rs.getString("reason"),
                rs.getBoolean("reversed"));
    }

    /** numeric(16, 3) reads back with three decimals; show the currency's own (exact: checked on entry). */
    private static BigDecimal minorUnits(BigDecimal amount, String currency) {
        return amount.setScale(Currency.getInstance(currency).getDefaultFractionDigits());
    }

    private static @Nullable UUID nullableUuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }
}
