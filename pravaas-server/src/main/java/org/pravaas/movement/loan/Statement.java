package org.pravaas.movement.loan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A loan with its ledger, the balance summed from it, the instalment schedule and what is overdue
 * on a day. Instalments are equal in minor units; the first ones carry the remainder.
 */
public record Statement(Loan loan, List<Loan.Entry> entries, List<Loan.Approval> approvals, LocalDate today) {

    public Money principal() {
        return money(entries.stream()
                .filter(e -> e.kind() == Loan.Kind.DISBURSEMENT)
                .mapToLong(Loan.Entry::minor)
                .sum());
    }

    public Money balance() {
        return money(entries.stream().mapToLong(Loan.Entry::signed).sum());
    }

    /** A due date and the amount due on it. */
    public record Instalment(int number, LocalDate due, Money amount) {}

    public List<Instalment> schedule() {
        long total = principal().minor();
        int n = loan.instalments();
        List<Instalment> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long part = total / n + (i < total % n ? 1 : 0);
            out.add(new Instalment(i + 1, loan.firstDue().plusMonths(i), money(part)));
        }
        return out;
    }

    /** Scheduled up to today less everything credited (repaid, waived, written off), never below zero. */
    public Money overdue() {
        long due = schedule().stream()
                .filter(i -> i.due().isBefore(today))
                .mapToLong(i -> i.amount().minor())
                .sum();
        long credited = principal().minor() - balance().minor();
        return money(Math.max(0, due - credited));
    }

    /** Days since the earliest instalment that is not covered by the credits; 0 when none is overdue. */
    public long daysOverdue() {
        long credited = principal().minor() - balance().minor();
        long cumulative = 0;
        for (Instalment i : schedule()) {
            cumulative += i.amount().minor();
            if (cumulative > credited) return i.due().isBefore(today) ? ChronoUnit.DAYS.between(i.due(), today) : 0;
        }
        return 0;
    }

    /** The ageing bucket: 0 (current), 1–30, 31–60, 61–90, 90+. */
    public String bucket() {
        long d = daysOverdue();
        if (d == 0) return "CURRENT";
        if (d <= 30) return "D30";
        if (d <= 60) return "D60";
        if (d <= 90) return "D90";
        return "OVER90";
    }

    private Money money(long minor) {
        return new Money(loan.currency(), minor);
    }
}
