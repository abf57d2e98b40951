package org.pravaas.governance.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.governance.budget.BudgetLines.Payment;
import org.pravaas.governance.budget.BudgetLines.StatementLine;
import org.pravaas.governance.budget.BudgetLines.YearSummary;
import org.pravaas.organization.Access;
import org.pravaas.organization.Role;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Budgets, assessed and voluntary contributions, payments and members' statements. */
@Service
public class BudgetService {
    private static final KnownCurrencyPolicy CURRENCIES = new KnownCurrencyPolicy();

    private final Budgets budgets;
    private final Payments payments;
    private final Access access;
    private final AuditLog audit;

    BudgetService(Budgets budgets, Payments payments, Access access, AuditLog audit) {
        this.budgets = budgets;
        this.payments = payments;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public BudgetYear year(int year) {
        access.current();
        return new BudgetYear(
                budgets.find(year).orElseThrow(() -> new NotFoundException("budget", year)),
                budgets.scale(year),
                budgets.voluntary(year),
                budgets.voluntaryBy(year, true),
                budgets.voluntaryBy(year, false));
    }

    @Transactional(readOnly = true)
    public List<YearSummary> summaries() {
        access.current();
        return budgets.summaries();
    }

    @Transactional(readOnly = true)
    public List<StatementLine> statement(String country) {
        access.current();
        return payments.statement(country);
    }

    @Transactional(readOnly = true)
    public List<Payment> payments(String country) {
        access.current();
        return payments.of(country);
    }

    @Transactional
    public Payment record(PaymentCommand c) {
        access.requireRole(Role.GOVERNANCE_OFFICER, Role.ADMINISTRATOR);
        boolean accounting = Balances.ACCOUNTING_CURRENCY.equals(c.currency());
        BigDecimal credited = c.credited() != null ? c.credited() : accounting ? c.amount() : null;
        List<Violation> violations = new ArrayList<>();
        if (credited == null) {
            violations.add(new Violation("credited", "governance.payment.credited-required"));
        } else {
            violations.addAll(CURRENCIES.check(c.currency(), c.amount(), credited));
        }
        if (accounting && credited != null && credited.compareTo(c.amount()) != 0) {
            violations.add(new Violation("credited", "governance.payment.credited-differs"));
        }
        if (c.receivedOn().isAfter(LocalDate.now())) {
            violations.add(new Violation("receivedOn", "governance.payment.in-future"));
        }
        if (!payments.everAssessed(c.country())) {
            violations.add(new Violation("country", "governance.payment.never-assessed", c.country()));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        Payment p = new Payment(
                Ids.newId(), c.country(), c.receivedOn(), c.amount(), c.currency(), credited, c.reference());
        payments.insert(p);
        audit.record(AuditEvent.of("governance.payment.recorded", "payment", p.id(), null)
                .withDetails(c.country() + " " + c.currency()));
        return p;
    }
}
