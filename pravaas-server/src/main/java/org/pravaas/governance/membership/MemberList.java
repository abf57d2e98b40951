package org.pravaas.governance.membership;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pravaas.governance.MemberState;
import org.pravaas.governance.MemberStates;
import org.pravaas.organization.Access;
import org.pravaas.shared.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The states taking part on a day, filtered and ordered for the list page and its export. At
 * most a few hundred states, so filtering and ordering by localized name happen here.
 */
@Component
public class MemberList {
    private final MemberStates members;
    private final Countries countries;
    private final Access access;

    MemberList(MemberStates members, Countries countries, Access access) {
        this.members = members;
        this.countries = countries;
        this.access = access;
    }

    public List<MemberState> find(MemberQuery query, PageRequest request) {
        access.current();
        String q = request.query() == null ? null : request.query().toLowerCase(Locale.ROOT);
        return members.on(query.day()).stream()
                .filter(m -> query.status() == null || m.status() == query.status())
                .filter(m -> query.mayVote() == null || m.votingRight().mayVote() == query.mayVote())
                .filter(m -> matches(m, q))
                .sorted(order(request))
                .toList();
    }

    private boolean matches(MemberState m, @Nullable String q) {
        return q == null
                || m.country().toLowerCase(Locale.ROOT).equals(q)
                || countries.name(m.country()).toLowerCase(Locale.ROOT).contains(q);
    }

    private Comparator<MemberState> order(PageRequest request) {
        Comparator<MemberState> byName = Comparator.comparing(MemberState::country, countries.codesByName());
        Comparator<MemberState> chosen =
                switch (request.sort() == null ? "name" : request.sort()) {
                    case "since" -> Comparator.comparing(MemberState::since).thenComparing(byName);
                    case "arrears" -> Comparator.comparing(
                                    (MemberState m) -> m.votingRight().arrears())
                            .thenComparing(byName);
                    case "status" -> Comparator.comparing(MemberState::status).thenComparing(byName);
                    default -> byName;
                };
        return request.ascending() ? chosen : chosen.reversed();
    }
}
