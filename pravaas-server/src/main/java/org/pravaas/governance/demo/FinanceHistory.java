package org.pravaas.governance.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.pravaas.governance.MembershipStatus;
import org.pravaas.governance.membership.StateStatuses;
import org.pravaas.shared.Ids;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seventy-five years of budgets: the administrative budget growing from CHF 1.8 million, each
 * member assessed its share, payments mostly on time, some late, some members in arrears long
 * enough to lose their vote (and, for two of them in the 1980s, to regain it), and voluntary
 * contributions to programmes in recent years. Rows go in by JDBC batches: there are thousands.
 */
final class FinanceHistory {
    private static final Map<String, Double> WEIGHTS = Map.ofEntries(
            Map.entry("US", 22.0),
            Map.entry("DE", 10.0),
            Map.entry("JP", 9.0),
            Map.entry("CN", 8.0),
            Map.entry("FR", 7.0),
            Map.entry("GB", 6.0),
            Map.entry("IT", 5.0),
            Map.entry("CA", 4.0),
            Map.entry("AU", 3.0),
            Map.entry("ES", 3.0),
            Map.entry("RU", 3.0),
            Map.entry("NL", 2.5),
            Map.entry("KR", 2.0),
            Map.entry("BR", 2.0),
            Map.entry("CH", 2.0),
            Map.entry("SE", 2.0));
    private static final Set<String> EURO =
            Set.of("DE", "FR", "IT", "ES", "NL", "BE", "AT", "PT", "GR", "LU", "FI", "IE");
    /** Members that stopped paying from a year on (to this day). */
    private static final Map<String, Integer> DEFAULTERS =
            Map.of("SO", 2018, "CF", 2019, "LR", 2020, "YE", 2019, "VU", 2021, "GW", 2022, "TD", 2020, "KG", 2023);
    /** Members that paid nothing for some years, then cleared everything at once. */
    private static final Map<String, int[]> CLEARED =
            Map.of("BO", new int[] {1982, 1990}, "PE", new int[] {1983, 1991});

    private static final String[] PROGRAMMES = {
        "Resettlement", "Assisted voluntary return and reintegration", "Emergency response",
        "Counter-trafficking and protection", "Labour mobility", "Migration health"
    };
    private static final String[] DONORS = {
        "US",
        "DE",
        "GB",
        "JP",
        "SE",
        "NO",
        "CA",
        "AU",
        "NL",
        "CH",
        "KR",
        "FR",
        "Mobility Partnership Fund",
        "Coastal Cities Foundation"
    };

    private final StateStatuses statuses;
    private final JdbcTemplate jdbc;
    private final Random random = new Random(1952);
    private final List<Object[]> payments = new ArrayList<>();

    FinanceHistory(StateStatuses statuses, JdbcTemplate jdbc) {
        this.statuses = statuses;
        this.jdbc = jdbc;
    }

    void load(LocalDate today) {
        List<Object[]> assessments = new ArrayList<>();
        for (int year = 1952; year <= today.getYear(); year++) {
            BigDecimal budget = BigDecimal.valueOf(1_800_000 * Math.pow(1.045, year - 1952.0))
                    .setScale(-3, RoundingMode.HALF_EVEN)
                    .setScale(2);
            jdbc.update(
                    "insert into governance.budget (year, currency, administrative, approved_by) values (?, 'CHF', ?, ?)",
                    year,
                    budget,
                    "Council resolution " + (year - 1) + "/B");
            assess(year, budget, today, assessments);
        }
        jdbc.batchUpdate(
                "insert into governance.assessment (year, country, percentage, amount) values (?, ?, ?, ?)",
                assessments);
        jdbc.batchUpdate(
                "insert into governance.payment (id, country, received_on, amount, currency, credited, reference)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                payments);
        voluntary(today);
    }

    private void assess(int year, BigDecimal budget, LocalDate today, List<Object[]> rows) {
        List<String> members = statuses.on(LocalDate.of(year, 1, 1)).stream()
                .filter(s -> s.status() == MembershipStatus.MEMBER)
                .map(s -> s.country())
                .toList();
        double total = members.stream().mapToDouble(FinanceHistory::weight).sum();
        for (String country : members) {
            BigDecimal percentage =
                    BigDecimal.valueOf(weight(country) * 100 / total).setScale(5, RoundingMode.HALF_EVEN);
            BigDecimal amount = budget.multiply(percentage).movePointLeft(2).setScale(2, RoundingMode.HALF_EVEN);
            rows.add(new Object[] {year, country, percentage, amount});
            pay(country, year, amount, today);
        }
    }

    private void pay(String country, int year, BigDecimal amount, LocalDate today) {
        if (DEFAULTERS.getOrDefault(country, 9999) <= year) {
            return;
        }
        LocalDate received = receivedOn(country, year);
        if (received.isAfter(today)) {
            return;
        }
        String currency =
                EURO.contains(country) && year >= 2002 ? "EUR" : "US".equals(country) && year >= 1990 ? "USD" : "CHF";
        BigDecimal paid =
                switch (currency) {
                    case "EUR" -> amount.multiply(new BigDecimal("1.07")).setScale(2, RoundingMode.HALF_EVEN);
                    case "USD" -> amount.multiply(new BigDecimal("1.12")).setScale(2, RoundingMode.HALF_EVEN);
                    default -> amount;
                };
        payments.add(
                new Object[] {Ids.newId(), country, Date.valueOf(received), paid, currency, amount, country + "-" + year
                });
    }

    /** Most pay within the year, some the next spring, a few two years late; the two in a gap pay at its end. */
    private LocalDate receivedOn(String country, int year) {
        int[] gap = CLEARED.get(country);
        if (gap != null && year >= gap[0] && year < gap[1]) {
            return LocalDate.of(gap[1], 6, 30);
        }
        double r = random.nextDouble();
        if (r < 0.8) {
            return LocalDate.of(year, 2 + random.nextInt(10), 1 + random.nextInt(28));
        }
        return r < 0.96 ? LocalDate.of(year + 1, 3, 1 + random.nextInt(28)) : LocalDate.of(year + 2, 1, 20);
    }

    private void voluntary(LocalDate today) {
        List<Object[]> rows = new ArrayList<>();
        for (int year = 2014; year <= today.getYear(); year++) {
            for (int i = 0; i < 20; i++) {
                BigDecimal amount = BigDecimal.valueOf(500_000 + random.nextInt(40_000) * 1000L)
                        .setScale(2);
                rows.add(new Object[] {
                    Ids.newId(),
                    year,
                    DONORS[random.nextInt(DONORS.length)],
                    PROGRAMMES[random.nextInt(PROGRAMMES.length)],
                    amount
                });
            }
        }
        jdbc.batchUpdate(
                "insert into governance.voluntary_contribution (id, year, donor, programme, amount, currency)"
                        + " values (?, ?, ?, ?, ?, 'USD')",
                rows);
    }

    private static double weight(String country) {
        return WEIGHTS.getOrDefault(country, 0.05 + Math.floorMod(country.hashCode() * 31, 60) / 100.0);
    }
}
