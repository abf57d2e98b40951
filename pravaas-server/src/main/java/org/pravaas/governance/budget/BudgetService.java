package org.pravaas.governance.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.governance.MemberState;
import org.pravaas.governance.MemberStates;
import org.pravaas.governance.MembershipStatus;
import org.pravaas.governance.budget.BudgetLines.Assessment;
import org.pravaas.governance.budget.BudgetLines.Budget;
import org.pravaas.governance.budget.BudgetLines.Payment;
import org.pravaas.governance.budget.BudgetLines.StatementLine;
import org.pravaas.governance.budget.BudgetLines.Voluntary;
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
    private final MemberStates members;

    BudgetService(Budgets budgets, Payments payments, Access access, AuditLog audit, MemberStates members) {
        this.budgets = budgets;
        this.payments = payments;
        this.access = access;
        this.audit = audit;
        this.members = members;
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

    /**
     * Adopts a year's administrative budget and invoices each member of 1 January its
     * contribution, on a scale carried over from the year before.
     */
    @Transactional
    public BudgetYear adopt(BudgetCommand c) {
        access.requireRole(Role.GOVERNANCE_OFFICER, Role.ADMINISTRATOR);
        if (budgets.find(c.year()).isPresent()) {
            throw new RuleViolation("year", "governance.budget.exists", String.valueOf(c.year()));
        }
        List<String> assessed = members.on(LocalDate.of(c.year(), 1, 1)).stream()
                .filter(m -> m.status() == MembershipStatus.MEMBER)
                .map(MemberState::country)
                .toList();
        Map<String, BigDecimal> previous = budgets.scale(c.year() - 1).stream()
                .collect(Collectors.toMap(Assessment::country, Assessment::percentage));
        Budget budget = new Budget(c.year(), Balances.ACCOUNTING_CURRENCY, c.administrative(), c.approvedBy());
        budgets.insert(budget, ScaleOfAssessment.of(c.year(), c.administrative(), assessed, previous));
        audit.record(AuditEvent.of("governance.budget.adopted", "budget", c.year(), null)
                .withDetails("members=" + assessed.size()));
        return year(c.year());
    }

    /** Records a voluntary contribution to a budgeted year, in an ISO 4217 currency. */
    @Transactional
    public Voluntary contribute(int year, VoluntaryCommand c) {
        access.requireRole(Role.GOVERNANCE_OFFICER, Role.ADMINISTRATOR);
        if (budgets.find(year).isEmpty()) {
            throw new NotFoundException("budget", year);
        }
        List<Violation> violations = CURRENCIES.check(c.currency(), c.amount());
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        Voluntary v = new Voluntary(
                Ids.newId(), year, c.donor().strip(), c.programme().strip(), c.amount(), c.currency());
        budgets.insertVoluntary(v);
        audit.record(AuditEvent.of("governance.voluntary.recorded", "voluntary_contribution", v.id(), null)
                .withDetails(year + " " + c.currency()));
        return v;
    }

    @Transactional
    public Payment record(PaymentCommand c) {
        access.requireRole(Role.GOVERNANCE_OFFICER, Role.ADMINISTRATOR);
        boolean accounting = Balances.ACCOUNTING_CURRENCY.equals(c.currency());
        BigDecimal credited = c.credited() != null ? c.credited() : accounting ? c.amount() : null;
        List<Violation> violations = paymentViolations(c, credited, accounting);
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

    /** What is wrong with a payment: its currency and decimals, what it credits, its date, its payer. */
    private List<Violation> paymentViolations(PaymentCommand c, @Nullable BigDecimal credited, boolean accounting) {
        List<Violation> violations = new ArrayList<>();
        if (credited == null) {
            violations.add(new Violation("credited", "governance.payment.credited-required"));
        } else {
            violations.addAll(CURRENCIES.check(c.currency(), c.amount()));
            if (credited.stripTrailingZeros().scale() > 2) {
                violations.add(new Violation("credited", "governance.payment.too-many-decimals", "CHF", 2));
            }
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
        return violations;
    }
}
