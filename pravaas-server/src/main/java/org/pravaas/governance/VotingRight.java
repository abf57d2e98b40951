package org.pravaas.governance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Whether a state could vote on a date, and why not when it could not.
 *
 * @param reasonKey message key saying why ({@code governance.rights.*}); its arguments are the
 *     arrears and the two preceding years' contributions
 * @param arrears contributions of earlier years still unpaid on that date, in the budget currency
 * @param threshold the contributions of the two preceding years: arrears at or above it lose the vote
 */
public record VotingRight(
        String country,
        LocalDate on,
        boolean mayVote,
        String reasonKey,
        BigDecimal arrears,
        BigDecimal threshold,
        String currency) {}
