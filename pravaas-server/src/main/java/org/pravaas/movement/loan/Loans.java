package org.pravaas.movement.loan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loans, their ledger entries and approvals. The balance is always summed from the entries. */
@Repository
class Loans {
    private final JdbcClient jdbc;

    Loans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Loan l, String by) {
        jdbc.sql(
                        """
                insert into movement.loan (id, reference, office_id, person_id, request_id, currency, instalments,
                    first_due, created_at, created_by)
                values (:id, :ref, :o, :p, :r, :c, :n, :due, :at, :by)
                """)
                .param("id", l.id())
                .param("ref", l.reference())
                .param("o", l.officeId())
                .param("p", l.personId())
                .param("r", l.requestId())
                .param("c", l.currency().getCurrencyCode())
                .param("n", l.instalments())
                .param("due", l.firstDue())
                .param("at", Timestamp.from(l.createdAt()))
                .param("by", by)
                .update();
    }

    long count() {
        return jdbc.sql("select count(*) from movement.loan").query(Long.class).single();
    }

    /** Locks the loan so two repayments never both pass the balance check. */
    Optional<Loan> findForUpdate(UUID id) {
        return jdbc.sql("select * from movement.loan where id = :id for update")
                .param("id", id)
                .query(Loans::loan)
                .optional();
    }

    Optional<Loan> find(UUID id) {
        return jdbc.sql("select * from movement.loan where id = :id")
                .param("id", id)
                .query(Loans::loan)
                .optional();
    }

    List<Loan> inOffices(List<UUID> offices) {
        return jdbc.sql("select * from movement.loan where office_id in (:o) order by created_at desc limit 500")
                .param("o", offices)
                .query(Loans::loan)
                .list();
    }

    List<Loan> ofRequest(UUID request) {
        return jdbc.sql("select * from movement.loan where request_id = :r order by reference")
                .param("r", request)
                .query(Loans::loan)
                .list();
    }

    void sign(UUID id, Instant at) {
        jdbc.sql("update movement.loan set signed_at = :at where id = :id and signed_at is null")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    void entry(UUID loan, Loan.Kind kind, long minor, Instant at, String by, @Nullable String note) {
        jdbc.sql(
                        """
                insert into movement.loan_entry (id, loan_id, seq, kind, amount_minor, booked_at, booked_by, note)
                select :id, :l, coalesce(max(seq), 0) + 1, :k, :m, :at, :by, :note
                from movement.loan_entry where loan_id = :l
                """)
                .param("id", org.pravaas.shared.Ids.newId())
                .param("l", loan)
                .param("k", kind.name())
                .param("m", minor)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("note", note)
                .update();
    }

    List<Loan.Entry> entries(UUID loan) {
        return jdbc.sql("select * from movement.loan_entry where loan_id = :l order by seq")
                .param("l", loan)
                .query((rs, n) -> new Loan.Entry(
                        rs.getInt("seq"),
                        Loan.Kind.valueOf(rs.getString("kind")),
                        rs.getLong("amount_minor"),
                        rs.getTimestamp("booked_at").toInstant(),
                        rs.getString("booked_by"),
                        rs.getString("note")))
                .list();
    }

    void request(Loan.Approval a) {
        jdbc.sql(
                        """
                insert into movement.loan_approval (id, loan_id, kind, amount_minor, reason, requested_by, requested_at)
                values (:id, :l, :k, :m, :reason, :by, :at)
                """)
                .param("id", a.id())
                .param("l", a.loanId())
                .param("k", a.kind().name())
                .param("m", a.minor())
                .param("reason", a.reason())
                .param("by", a.requestedBy())
                .param("at", Timestamp.from(a.requestedAt()))
                .update();
    }

    Optional<Loan.Approval> approval(UUID id) {
        return jdbc.sql("select * from movement.loan_approval where id = :id for update")
                .param("id", id)
                .query(Loans::approval)
                .optional();
    }

    List<Loan.Approval> approvals(UUID loan) {
        return jdbc.sql("select * from movement.loan_approval where loan_id = :l order by requested_at")
                .param("l", loan)
                .query(Loans::approval)
                .list();
    }

    void decide(UUID id, String by, boolean approved, Instant at) {
        jdbc.sql("update movement.loan_approval set decided_by = :by, decided_at = :at, approved = :a where id = :id")
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("a", approved)
                .param("id", id)
                .update();
    }

    private static Loan.Approval approval(ResultSet rs, int n) throws SQLException {
        return new Loan.Approval(
                rs.getObject("id", UUID.class),
                rs.getObject("loan_id", UUID.class),
                Loan.Kind.valueOf(rs.getString("kind")),
                rs.getLong("amount_minor"),
                rs.getString("reason"),
                rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getString("decided_by"),
                (Boolean) rs.getObject("approved"));
    }

    private static Loan loan(ResultSet rs, int n) throws SQLException {
        Timestamp signed = rs.getTimestamp("signed_at");
        return new Loan(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getObject("office_id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getObject("request_id", UUID.class),
                Currency.getInstance(rs.getString("currency")),
                rs.getInt("instalments"),
                rs.getObject("first_due", LocalDate.class),
                rs.getTimestamp("created_at").toInstant(),
                signed == null ? null : signed.toInstant());
    }
}
