package org.pravaas.displacement.operation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Operations and their rounds. */
@Repository
public class Operations {
    private static final String ROUND = "id, operation_id, number, starts_on, ends_on, published_at, published_by";
    private final JdbcClient jdbc;

    Operations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Operation> all() {
        return jdbc.sql(
                        "select id, code, name, office_id, admin0_id, jump_factor from displacement.operation order by code")
                .query(Operation.class)
                .list();
    }

    public Optional<Operation> byId(UUID id) {
        return jdbc.sql(
                        "select id, code, name, office_id, admin0_id, jump_factor from displacement.operation where id = :id")
                .param("id", id)
                .query(Operation.class)
                .optional();
    }

    public Optional<Operation> byCode(String code) {
        return jdbc.sql(
                        "select id, code, name, office_id, admin0_id, jump_factor from displacement.operation where code = :code")
                .param("code", code)
                .query(Operation.class)
                .optional();
    }

    void insert(Operation op) {
        jdbc.sql(
                        """
                insert into displacement.operation (id, code, name, office_id, admin0_id, jump_factor)
                values (:id, :code, :name, :office, :admin0, :factor)
                """)
                .param("id", op.id())
                .param("code", op.code())
                .param("name", op.name())
                .param("office", op.officeId())
                .param("admin0", op.admin0Id())
                .param("factor", op.jumpFactor())
                .update();
    }

    public List<Round> rounds(UUID operation) {
        return jdbc.sql("select " + ROUND + " from displacement.round where operation_id = :op order by number")
                .param("op", operation)
                .query(Round.class)
                .list();
    }

    public Optional<Round> round(UUID id) {
        return jdbc.sql("select " + ROUND + " from displacement.round where id = :id")
                .param("id", id)
                .query(Round.class)
                .optional();
    }

    public Optional<Round> round(UUID operation, int number) {
        return jdbc.sql("select " + ROUND + " from displacement.round where operation_id = :op and number = :n")
                .param("op", operation)
                .param("n", number)
                .query(Round.class)
                .optional();
    }

    void insertRound(UUID id, UUID operation, int number, LocalDate startsOn, LocalDate endsOn) {
        jdbc.sql(
                        """
                insert into displacement.round (id, operation_id, number, starts_on, ends_on)
                values (:id, :op, :n, :starts, :ends)
                """)
                .param("id", id)
                .param("op", operation)
                .param("n", number)
                .param("starts", startsOn)
                .param("ends", endsOn)
                .update();
    }

    void publish(UUID round, String by) {
        jdbc.sql("update displacement.round set published_at = now(), published_by = :by where id = :id")
                .param("id", round)
                .param("by", by)
                .update();
    }

    static BigDecimal defaultJumpFactor() {
        return new BigDecimal("2.00");
    }
}
