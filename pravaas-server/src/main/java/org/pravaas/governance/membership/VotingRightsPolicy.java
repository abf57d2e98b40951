package org.pravaas.governance.membership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.pravaas.governance.MembershipStatus;
import org.pravaas.governance.VotingRight;
import org.pravaas.governance.budget.Balance;
import org.pravaas.governance.budget.Balances;
import org.springframework.stereotype.Component;

/**
 * Who may vote on a day: a member state on that day, unless its arrears equal or exceed the
 * contributions due from it for the two preceding years. Observers and non-members never vote.
 */
@Component
public class VotingRightsPolicy {
    public VotingRight decide(String country, LocalDate day, Optional<StateStatus> status, Balance balance) {
        BigDecimal arrears = balance.arrears();
        BigDecimal threshold = balance.twoPrecedingYears();
        if (status.isEmpty()) {
            return right(country, day, false, "governance.rights.not-member", arrears, threshold);
        }
        if (status.get().status() == MembershipStatus.OBSERVER) {
            return right(country, day, false, "governance.rights.observer", arrears, threshold);
        }
        if (arrears.signum() > 0 && arrears.compareTo(threshold) >= 0) {
            return right(country, day, false, "governance.rights.arrears", arrears, threshold);
        }
        return right(country, day, true, "governance.rights.may-vote", arrears, threshold);
    }

    private static VotingRight right(
            String country, LocalDate day, boolean may, String key, BigDecimal arrears, BigDecimal threshold) {
        return new VotingRight(country, day, may, key, arrears, threshold, Balances.ACCOUNTING_CURRENCY);
    }
}
