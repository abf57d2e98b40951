package org.pravaas.governance.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.pravaas.governance.MembershipStatus;
import org.pravaas.governance.membership.StateStatus;
import org.pravaas.governance.membership.StateStatuses;
import org.pravaas.shared.Ids;

/**
 * Who joined when: sixteen founding members in 1951, slow growth through the Cold War, the
 * great enlargement after 1990, a few withdrawals and readmissions, observers who later joined,
 * and observers who never did. Deterministic, so every demo shows the same history.
 */
final class StatesHistory {
    static final LocalDate FOUNDED = LocalDate.of(1951, 12, 5);

    /** Admission waves: the codes admitted, and the years over which they were spread. */
    private static final String[][] WAVES = {
        {"1951", "1951", "AT BE BO BR CL DE FR GR IT LU NL US AU CH IL TR"},
        {"1952", "1970", "AR CO VE PY PE EC CR PA NZ DK SE ES PT ZA"},
        {"1971", "1989", "KR PH TH UY SV GT HN NI DO HT UG KE ZM EG JP CY MA TN CA ZW"},
        {
            "1990",
            "2005",
            "PL HU CZ SK SI HR BG RO AL MK LT LV EE UA BY MD GE AM AZ KZ KG TJ UZ RU IN PK BD LK NP IR JO LB"
                    + " YE SD ET NG GH SN ML CI CM BF BJ TG NE GN GM SL LR MR AO MZ"
        },
        {
            "2006",
            "2015",
            "TZ RW BI CD CG GA TD CF DJ SO ER MG MW LS SZ BW NA CV GW ST KM SC MU LY IQ AF MN VN KH LA MM TL"
                    + " PG FJ VU SB TO WS NR TV KI MH FM PW MX CU JM TT BS BB BZ GY SR GD LC VC AG KN DM"
        },
        {"2016", "2024", "CN ID MY SG BN MV BT TM ME RS BA IE IS MT FI GB"}
    };

    private static final String OBSERVERS = "SA AE QA KW BH OM SY DZ AD MC SM LI VA SS";
    /** Members that withdrew and came back: code, withdrawal year, readmission year (0: never). */
    private static final String[][] WITHDRAWALS = {
        {"AU", "1962", "1991"}, {"VE", "1973", "1999"}, {"HT", "1984", "2012"}
    };

    private final StateStatuses statuses;
    private final Random random = new Random(1951);

    StatesHistory(StateStatuses statuses) {
        this.statuses = statuses;
    }

    void load() {
        for (String[] wave : WAVES) {
            String[] codes = wave[2].split(" ");
            int first = Integer.parseInt(wave[0]);
            int span = Integer.parseInt(wave[1]) - first + 1;
            for (int i = 0; i < codes.length; i++) {
                LocalDate admitted = first == 1951
                        ? FOUNDED
                        : LocalDate.of(first + i * span / codes.length, 1 + random.nextInt(12), 1 + random.nextInt(28));
                admit(codes[i], admitted, i % 4 == 1 && first > 1951);
            }
        }
        String[] observers = OBSERVERS.split(" ");
        for (int i = 0; i < observers.length; i++) {
            period(observers[i], MembershipStatus.OBSERVER, null, LocalDate.of(1960 + i * 4, 6, 1), null, null);
        }
    }

    /** A member, perhaps an observer for some years first, perhaps with a withdrawal and a return. */
    private void admit(String code, LocalDate admitted, boolean observerFirst) {
        if (observerFirst) {
            LocalDate since = admitted.minusYears(3 + random.nextInt(6));
            period(code, MembershipStatus.OBSERVER, null, since.isBefore(FOUNDED) ? FOUNDED : since, admitted, null);
        }
        LocalDate applied = admitted.equals(FOUNDED) ? null : admitted.minusMonths(3 + random.nextInt(6));
        for (String[] w : WITHDRAWALS) {
            if (w[0].equals(code)) {
                LocalDate left = LocalDate.of(Integer.parseInt(w[1]), 12, 31);
                LocalDate back = LocalDate.of(Integer.parseInt(w[2]), 11, 26);
                period(code, MembershipStatus.MEMBER, applied, admitted, left, null);
                period(code, MembershipStatus.MEMBER, back.minusMonths(5), back, null, null);
                return;
            }
        }
        period(code, MembershipStatus.MEMBER, applied, admitted, null, null);
    }

    private void period(
            String code,
            MembershipStatus status,
            @Nullable LocalDate applied,
            LocalDate from,
            @Nullable LocalDate until,
            @Nullable String note) {
        statuses.insert(new StateStatus(Ids.newId(), code, status, applied, from, until, note));
    }

    /** Every code that was ever a member, for assessing contributions. */
    static List<String> memberCodes() {
        List<String> codes = new ArrayList<>();
        for (String[] wave : WAVES) {
            codes.addAll(List.of(wave[2].split(" ")));
        }
        return codes;
    }
}
