package org.pravaas.movement.loan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.movement.travel.Fares;
import org.pravaas.movement.travel.MovementAccess;
import org.pravaas.movement.travel.RequestService;
import org.pravaas.movement.travel.Traveller;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Travel loans: lent to adult travellers, repaid, written off or waived only with a second person’s approval. */
@Service
public class LoanService {
    private final Loans loans;
    private final RequestService requests;
    private final MovementAccess access;
    private final AuditLog audit;
    private final Clock clock;

    LoanService(Loans loans, RequestService requests, MovementAccess access, AuditLog audit, Clock clock) {
        this.loans = loans;
        this.requests = requests;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Lends the fare to an adult traveller of the movement: the first entry of the ledger. */
    @Transactional
    public UUID lend(
            UUID requestId,
            UUID person,
            @Nullable BigDecimal amount,
            @Nullable String currency,
            int instalments,
            @Nullable LocalDate firstDue) {
        var request = requests.request(requestId);
        String by = access.requireWrite(request.officeId());
        Traveller t = requests.travellers(requestId).stream()
                .filter(x -> x.personId().equals(person))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("traveller", person));
        List<Violation> problems = new ArrayList<>();
        if (!t.adult()) problems.add(new Violation("person", "movement.loan.adults-only"));
        Currency c = Fares.currency(currency, "currency", problems);
        Fares.exact(amount, c, "amount", problems);
        if (instalments < 1 || instalments > 120)
            problems.add(new Violation("instalments", "movement.loan.instalments"));
        if (firstDue == null) problems.add(new Violation("firstDue", "movement.loan.first-due-required"));
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        Instant now = now();
        Loan loan = new Loan(
                Ids.newId(),
                String.format(
                        Locale.ROOT, "LN-%d-%06d", now.atZone(ZoneOffset.UTC).getYear(), loans.count() + 1),
                request.officeId(),
                person,
                requestId,
                c,
                instalments,
                firstDue,
                now,
                null);
        loans.insert(loan, by);
        loans.entry(loan.id(), Loan.Kind.DISBURSEMENT, Money.of(amount, c).minor(), now, by, null);
        audit.record(AuditEvent.of("movement.loan.lent", "loan", loan.id(), loan.officeId()));
        return loan.id();
    }

    /** The traveller signed the promissory note. */
    @Transactional
    public void sign(UUID loanId) {
        Loan loan = writable(loanId);
        loans.sign(loanId, now());
        audit.record(AuditEvent.of("movement.loan.signed", "loan", loanId, loan.officeId()));
    }

    /** A repayment in the loan's currency, never more than the balance. */
    @Transactional
    public void repay(UUID loanId, @Nullable BigDecimal amount, @Nullable String currency) {
        Loan loan = writable(loanId);
        long minor = credit(loan, amount, currency);
        loans.entry(loanId, Loan.Kind.REPAYMENT, minor, now(), access.requireWrite(loan.officeId()), null);
        audit.record(AuditEvent.of("movement.loan.repaid", "loan", loanId, loan.officeId()));
    }

    /** Asks for a write-off or waiver; it touches the ledger only once someone else approves it. */
    @Transactional
    public UUID askAdjustment(UUID loanId, Loan.Kind kind, @Nullable BigDecimal amount, @Nullable String reason) {
        Loan loan = writable(loanId);
        if (kind != Loan.Kind.WRITE_OFF && kind != Loan.Kind.WAIVER) {
            throw new RuleViolation("kind", "movement.loan.adjustment-kind");
        }
        if (reason == null || reason.isBlank()) throw new RuleViolation("reason", "movement.loan.reason-required");
        long minor = credit(loan, amount, loan.currency().getCurrencyCode());
        var a = new Loan.Approval(
                Ids.newId(),
                loanId,
                kind,
                minor,
                reason.strip(),
                access.requireWrite(loan.officeId()),
                now(),
                null,
                null);
        loans.request(a);
        audit.record(AuditEvent.of("movement.loan.adjustment-asked", "loan", loanId, loan.officeId())
                .because(reason.strip()));
        return a.id();
    }

    /** Approves or refuses an adjustment; the one who asked may not decide (maker–checker). */
    @Transactional
    public void decide(UUID approvalId, boolean approve) {
        Loan.Approval a = loans.approval(approvalId).orElseThrow(() -> new NotFoundException("approval", approvalId));
        Loan loan = writable(a.loanId());
        String by = access.requireWrite(loan.officeId());
        if (a.decidedBy() != null) throw new RuleViolation("", "movement.loan.already-decided");
        if (a.requestedBy().equals(by)) throw new RuleViolation("", "movement.loan.same-approver");
        if (approve) {
            long balance = statement(loan).balance().minor();
            if (a.minor() > balance)
                throw new RuleViolation(
                        "amount", "movement.loan.more-than-balance", new Money(loan.currency(), balance).toString());
            loans.entry(loan.id(), a.kind(), a.minor(), now(), by, a.reason());
        }
        loans.decide(approvalId, by, approve, now());
        audit.record(AuditEvent.of(
                "movement.loan." + (approve ? "approved" : "refused"), "loan", loan.id(), loan.officeId()));
    }

    @Transactional
    public Statement statement(UUID loanId) {
        Loan loan = loans.find(loanId).orElseThrow(() -> new NotFoundException("loan", loanId));
        access.requireRead(loan.officeId());
        audit.record(AuditEvent.of("movement.loan.read", "loan", loanId, loan.officeId()));
        return statement(loan);
    }

    @Transactional(readOnly = true)
    public List<Statement> ofRequest(UUID requestId) {
        requests.request(requestId);
        return loans.ofRequest(requestId).stream().map(this::statement).toList();
    }

    /** Every loan in the user's offices with a balance, most overdue first. */
    @Transactional(readOnly = true)
    public List<Statement> ageing() {
        return loans.inOffices(access.offices()).stream()
                .map(this::statement)
                .filter(s -> s.balance().minor() > 0)
                .sorted(java.util.Comparator.comparingLong(Statement::daysOverdue)
                        .reversed())
                .toList();
    }

    private long credit(Loan loan, @Nullable BigDecimal amount, @Nullable String currency) {
        List<Violation> problems = new ArrayList<>();
        Currency c = Fares.currency(currency, "currency", problems);
        if (c != null && !c.equals(loan.currency())) {
            problems.add(new Violation(
                    "currency",
                    "movement.loan.currency-mismatch",
                    c.getCurrencyCode(),
                    loan.currency().getCurrencyCode()));
        }
        Fares.exact(amount, loan.currency(), "amount", problems);
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        long minor = Money.of(amount, loan.currency()).minor();
        Money balance = statement(loan).balance();
        if (minor > balance.minor()) {
            throw new RuleViolation("amount", "movement.loan.more-than-balance", balance.toString());
        }
        return minor;
    }

    private Statement statement(Loan loan) {
        return new Statement(loan, loans.entries(loan.id()), loans.approvals(loan.id()), LocalDate.now(clock));
    }

    private Loan writable(UUID loanId) {
        Loan loan = loans.findForUpdate(loanId).orElseThrow(() -> new NotFoundException("loan", loanId));
        access.requireWrite(loan.officeId());
        return loan;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
