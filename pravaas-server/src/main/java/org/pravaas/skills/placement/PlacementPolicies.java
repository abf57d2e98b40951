package org.pravaas.skills.placement;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.pravaas.shared.RuleViolation;

/**
 * The rules of placements, each refusing with the field and reason the user reads: one person is
 * never placed twice at the same time, money is paid only for the contract's own period, an
 * evaluation comes at the end.
 */
public final class PlacementPolicies {
    private PlacementPolicies() {}

    /** Refuses dates that overlap another placement of the same person still holding their time. */
    public static void noOverlap(List<Placement> others, LocalDate from, LocalDate to) {
        Optional<Placement> clash = others.stream()
                .filter(p -> p.status().holdsTime() && p.overlaps(from, to))
                .findFirst();
        if (clash.isPresent()) {
            throw new RuleViolation(
                    "startsOn",
                    "skills.placement.overlap",
                    clash.get().startsOn().toString(),
                    clash.get().endsOn().toString());
        }
    }

    public static void datesInOrder(LocalDate from, LocalDate to, String field) {
        if (to.isBefore(from)) throw new RuleViolation(field, "skills.dates.ends-before-start");
    }

    /** A payment is for a period inside the contract, paid no earlier than the contract starts. */
    public static void withinContract(Placement p, PlacementCommands.Pay pay) {
        LocalDate from = java.util.Objects.requireNonNull(pay.periodFrom());
        LocalDate to = java.util.Objects.requireNonNull(pay.periodTo());
        datesInOrder(from, to, "periodTo");
        if (!p.covers(from, to)) {
            throw new RuleViolation(
                    from.isBefore(p.startsOn()) ? "periodFrom" : "periodTo",
                    "skills.payment.outside-contract",
                    p.startsOn().toString(),
                    p.endsOn().toString());
        }
        if (java.util.Objects.requireNonNull(pay.paidOn()).isBefore(p.startsOn())) {
            throw new RuleViolation(
                    "paidOn", "skills.payment.before-contract", p.startsOn().toString());
        }
    }

    public static String currency(String code) {
        String upper = code.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            return Currency.getInstance(upper).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("currency", "skills.payment.unknown-currency", code);
        }
    }

    public static void requireStatus(Placement p, String field, PlacementStatus... allowed) {
        if (!List.of(allowed).contains(p.status())) {
            throw new RuleViolation(
                    field, "skills.placement.wrong-status", p.status().name());
        }
    }

    /** The evaluation closes the placement: on its end date or later, or earlier with the day it ended. */
    public static LocalDate endOf(Placement p, PlacementCommands.Evaluate e, LocalDate today) {
        LocalDate ended = e.endedOn() == null ? p.endsOn() : e.endedOn();
        if (ended.isBefore(p.startsOn()) || ended.isAfter(p.endsOn())) {
            throw new RuleViolation(
                    "endedOn",
                    "skills.evaluation.ended-outside",
                    p.startsOn().toString(),
                    p.endsOn().toString());
        }
        if (ended.isAfter(today)) {
            throw new RuleViolation("endedOn", "skills.evaluation.too-early", ended.toString());
        }
        return ended;
    }
}
