package org.pravaas.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.movement.demo.MovementPeople;
import org.pravaas.movement.loan.Loan;
import org.pravaas.movement.loan.LoanService;
import org.pravaas.movement.loan.Statement;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.registry.PersonSummary;
import org.pravaas.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** Travel loans: a ledger in exact minor units, refusals that name the rule, maker–checker adjustments. */
@PravaasTest
class LoanTests {
    @Autowired
    LoanService loans;

    @Autowired
    Movements movements;

    @Autowired
    MovementPeople people;

    @Autowired
    BatchIdentity identity;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theBalanceIsTheSumOfTheEntriesAndARepaymentAboveItOrInAnotherCurrencyIsRefused() throws Exception {
        UUID loan =
                lend("MVLN", new BigDecimal("212.500"), "JOD", LocalDate.now().plusMonths(1));
        loans.repay(loan, new BigDecimal("12.125"), "JOD");
        Statement s = loans.statement(loan);
        assertThat(s.balance().amount()).isEqualByComparingTo("200.375");
        assertThat(jdbc.sql("select sum(case when kind = 'DISBURSEMENT' then amount_minor else -amount_minor end)"
                                + " from movement.loan_entry where loan_id = :l")
                        .param("l", loan)
                        .query(Long.class)
                        .single())
                .isEqualTo(200_375L);

        assertThatThrownBy(() -> loans.repay(loan, new BigDecimal("200.376"), "JOD"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation.Violation::messageKey)
                        .containsExactly("movement.loan.more-than-balance"));
        assertThatThrownBy(() -> loans.repay(loan, new BigDecimal("10"), "USD"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation.Violation::messageKey)
                        .containsExactly("movement.loan.currency-mismatch"));
        assertThatThrownBy(() -> loans.repay(loan, new BigDecimal("1.0001"), "JOD"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation.Violation::messageKey)
                        .containsExactly("movement.money.too-precise"));
        assertThat(loans.statement(loan).entries()).hasSize(2);
    }

    @Test
    void aWaiverTouchesTheLedgerOnlyWhenAnotherOfficerApprovesIt() throws Exception {
        UUID loan = lend("MVWV", new BigDecimal("300"), "USD", LocalDate.now().plusMonths(1));
        identity.actAs("movements");
        UUID asked = loans.askAdjustment(loan, Loan.Kind.WAIVER, new BigDecimal("100"), "Household lost its income");
        assertThat(loans.statement(loan).balance().amount()).isEqualByComparingTo("300");
        assertThatThrownBy(() -> loans.decide(asked, true)).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(
                        e.violations().get(0).messageKey())
                .isEqualTo("movement.loan.same-approver"));
        identity.actAs("admin");
        loans.decide(asked, true);
        assertThat(loans.statement(loan).balance().amount()).isEqualByComparingTo("200");
        assertThatThrownBy(() -> loans.decide(asked, true)).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(
                        e.violations().get(0).messageKey())
                .isEqualTo("movement.loan.already-decided"));
    }

    @Test
    void theAgeingReportShowsAnOverdueLoanByDaysSinceTheFirstUnpaidInstalment() throws Exception {
        LocalDate firstDue = LocalDate.now().minusMonths(2).minusDays(5);
        UUID loan = lend("MVAG", new BigDecimal("600"), "USD", firstDue);
        loans.repay(loan, new BigDecimal("100"), "USD");
        Statement s = loans.statement(loan);
        assertThat(s.schedule()).hasSize(6);
        assertThat(s.overdue().amount()).isEqualByComparingTo("200");
        assertThat(s.daysOverdue())
                .isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(firstDue.plusMonths(1), LocalDate.now()));
        assertThat(loans.ageing()).extracting(x -> x.loan().id()).contains(loan);
    }

    private UUID lend(String prefix, BigDecimal amount, String currency, LocalDate firstDue) throws Exception {
        List<PersonSummary> adults = people.register("JO-AMM", prefix, 1);
        var ids = adults.stream().map(PersonSummary::id).toList();
        identity.actAs("admin");
        UUID request = movements
                .request(new MovementRequest(adults.get(0).officeId(), ids, ids, null, "Return", "AVRR", 72, null))
                .value();
        return loans.lend(request, ids.get(0).value(), amount, currency, 6, firstDue);
    }
}
