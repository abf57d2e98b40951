package org.pravaas.governance.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The lines of the budget and of members' accounts. Amounts are exact decimals with their currency. */
public final class BudgetLines {
    private BudgetLines() {}

    /** The administrative part of a year's budget, funded by assessed contributions. */
    public record Budget(int year, String currency, BigDecimal administrative, @Nullable String approvedBy) {}

    /** A member's share of the administrative budget in a year, and the contribution invoiced. */
    public record Assessment(int year, String country, BigDecimal percentage, BigDecimal amount) {}

    /** A payment as received, in its currency, and what it credits in the accounting currency. */
    public record Payment(
            UUID id,
            String country,
            LocalDate receivedOn,
            BigDecimal amount,
            String currency,
            BigDecimal credited,
            @Nullable String reference) {}

    /** A voluntary contribution to the operational part, by a donor to a programme. */
    public record Voluntary(UUID id, int year, String donor, String programme, BigDecimal amount, String currency) {}

    /** One year of a member's statement: assessed, paid, and the balance owed at the end of it. */
    public record StatementLine(int year, BigDecimal assessed, BigDecimal paid, BigDecimal balance) {}

    /** A year at a glance: the budget, what was invoiced and received, voluntary funding by currency. */
    public record YearSummary(
            int year,
            String currency,
            BigDecimal administrative,
            BigDecimal assessed,
            BigDecimal received,
            int members,
            BigDecimal voluntaryUsd) {}

    /** Voluntary funding totalled per donor or per programme. */
    public record Total(String name, String currency, BigDecimal amount) {}
}
