package org.pravaas.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pravaas.governance.budget.Balance;
import org.pravaas.governance.budget.Balances;
import org.pravaas.governance.membership.StateStatus;
import org.pravaas.governance.membership.StateStatuses;
import org.pravaas.governance.membership.VotingRightsPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who took part in the organisation on any day since its founding, and who could vote. For
 * other modules and the command line as well as the governance pages; reads only, open to any
 * caller inside the application (the pages and API check the user themselves).
 */
@Service
public class MemberStates {
    private final StateStatuses statuses;
    private final Balances balances;
    private final VotingRightsPolicy policy;

    MemberStates(StateStatuses statuses, Balances balances, VotingRightsPolicy policy) {
        this.statuses = statuses;
        this.balances = balances;
        this.policy = policy;
    }

    /** Every member and observer state on the day, each with its voting right then. */
    @Transactional(readOnly = true)
    public List<MemberState> on(LocalDate day) {
        List<StateStatus> taking = statuses.on(day);
        Map<String, Balance> owed = balances
                .on(taking.stream().map(StateStatus::country).toList(), day)
                .stream()
                .collect(Collectors.toMap(Balance::country, Function.identity()));
        return taking.stream()
                .map(s -> new MemberState(
                        s.country(),
                        s.status(),
                        s.from(),
                        s.until(),
                        policy.decide(
                                s.country(),
                                day,
                                Optional.of(s),
                                owed.getOrDefault(s.country(), Balance.empty(s.country())))))
                .toList();
    }

    /** The state's status on the day, when it was a member or an observer then. */
    @Transactional(readOnly = true)
    public Optional<MemberState> state(String country, LocalDate day) {
        return statuses.of(country, day)
                .map(s -> new MemberState(s.country(), s.status(), s.from(), s.until(), votingRight(country, day)));
    }

    /** Whether the state could vote on the day, and why not. */
    @Transactional(readOnly = true)
    public VotingRight votingRight(String country, LocalDate day) {
        return policy.decide(country, day, statuses.of(country, day), balances.of(country, day));
    }

    @Transactional(readOnly = true)
    public boolean isMember(String country, LocalDate day) {
        return statuses.of(country, day)
                .filter(s -> s.status() == MembershipStatus.MEMBER)
                .isPresent();
    }

    /** Members and observers on 1 January of each year from {@code first} to {@code last}. */
    @Transactional(readOnly = true)
    public List<YearCount> perYear(int first, int last) {
        return statuses.perYear(first, last);
    }
}
