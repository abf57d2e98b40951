package org.pravaas.displacement.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.pravaas.displacement.operation.Round;

/**
 * Plausible, reproducible figures for the demo: camps mostly of refugees with some displaced
 * Bangladeshis, collective centres of people displaced by cyclones, a host community; a slow
 * growth between rounds; daily arrivals and departures at four flow points.
 */
final class DemoFigures {
    private static final String[][] SITES = {
        {"CXB-001", "CAMP", "38000"},
        {"CXB-002", "CAMP", "24000"},
        {"CXB-003", "CAMP", "9000"},
        {"CXB-004", "CAMP", "31000"},
        {"CXB-005", "CAMP", "17000"},
        {"CXB-006", "CAMP", "22000"},
        {"CXB-007", "COLLECTIVE_CENTRE", "1800"},
        {"CXB-008", "HOST_COMMUNITY", "6200"},
        {"CXB-009", "INFORMAL_SETTLEMENT", "2400"},
        {"CXB-010", "COLLECTIVE_CENTRE", "950"}
    };
    private static final String[] ORIGINS = {"BD202290", "BD202216", "BD2003", "BD202294"};
    private static final String[] POINTS = {"FMP-01", "FMP-02", "FMP-03", "FMP-04"};
    private static final String[] DESTINATIONS = {"BD202294", "BD202290", "BD2015", "BD30"};
    private final long seed;

    DemoFigures(long seed) {
        this.seed = seed;
    }

    /** Six rounds, two months apart, the last starting twelve days ago. */
    static List<LocalDate> roundStarts(LocalDate today) {
        List<LocalDate> starts = new ArrayList<>();
        for (int i = 5; i >= 0; i--) {
            starts.add(today.minusDays(12).minusMonths(2L * i));
        }
        return starts;
    }

    String assessments(Round round) {
        Random random = new Random(seed + round.number());
        StringBuilder csv = new StringBuilder(
                "submission_id,round,kind,site_code,area_pcode,assessed_on,households,individuals,idps,returnees,refugees,"
                        + "host,female_children,male_children,female_adults,male_adults,female_elderly,male_elderly,"
                        + "origin_pcode,reason,displaced_on,shelter,needs,comment\n");
        for (int i = 0; i < SITES.length; i++) {
            int base = Integer.parseInt(SITES[i][2]);
            int people = (int) (base * (1 + 0.04 * (round.number() - 1)) * (0.97 + 0.06 * random.nextDouble()));
            row(csv, round, "SITE", SITES[i][0], "", people, SITES[i][1], ORIGINS[i % ORIGINS.length], random, i);
        }
        row(csv, round, "BASELINE", "", "BD2003", 4100 + 150 * round.number(), "", "BD2003", random, 10);
        row(csv, round, "BASELINE", "", "BD2015", 2600 + 90 * round.number(), "", "BD2015", random, 11);
        return csv.toString();
    }

    private static void row(
            StringBuilder csv,
            Round round,
            String kind,
            String site,
            String area,
            int people,
            String type,
            String origin,
            Random random,
            int i) {
        int refugees = type.equals("CAMP") ? people * 82 / 100 : 0;
        int host = type.equals("HOST_COMMUNITY") ? people * 70 / 100 : people * 3 / 100;
        int returnees = type.equals("COLLECTIVE_CENTRE") ? people / 10 : 0;
        int idps = people - refugees - host - returnees;
        int children = people * 52 / 100;
        int elderly = people * 4 / 100;
        int adults = people - children - elderly;
        int fc = children / 2 + random.nextInt(3);
        int fa = adults * 53 / 100;
        int fe = elderly / 2;
        String reason = type.equals("CAMP") || type.isEmpty() ? "CONFLICT" : "DISASTER";
        LocalDate on = round.startsOn().plusDays(i % 12);
        csv.append(String.join(
                ",",
                List.of(
                        "demo-r" + round.number() + "-" + (site.isEmpty() ? area : site),
                        Integer.toString(round.number()),
                        kind,
                        site,
                        area,
                        on.toString(),
                        Integer.toString(Math.max(1, people / 5)),
                        Integer.toString(people),
                        Integer.toString(idps),
                        Integer.toString(returnees),
                        Integer.toString(refugees),
                        Integer.toString(host),
                        Integer.toString(fc),
                        Integer.toString(children - fc),
                        Integer.toString(fa),
                        Integer.toString(adults - fa),
                        Integer.toString(fe),
                        Integer.toString(elderly - fe),
                        origin,
                        reason,
                        on.minusMonths(8).toString(),
                        "tarpaulin;bamboo",
                        "food;water;shelter;health",
                        "")));
        csv.append('\n');
    }

    /** Daily counts at every point, both directions, two nationalities, two destinations. */
    String flows(LocalDate from, LocalDate to) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("point,date,direction,nationality,transport,destination_pcode,"
                + "female_children,male_children,female_adults,male_adults,female_elderly,male_elderly,total\n");
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            double season = 1 + 0.5 * Math.sin(day.getDayOfYear() / 58.0);
            for (int p = 0; p < POINTS.length; p++) {
                for (String direction : new String[] {"IN", "OUT"}) {
                    for (String nationality : new String[] {"BD", "MM"}) {
                        String destination = DESTINATIONS[(p + (direction.equals("IN") ? 0 : 2)) % DESTINATIONS.length];
                        int scale = (int)
                                ((nationality.equals("MM") ? 6 : 14) * season * (direction.equals("IN") ? 1.2 : 1));
                        int[] cells = new int[6];
                        int total = 0;
                        for (int c = 0; c < 6; c++) {
                            cells[c] = random.nextInt(scale + 1) / (c >= 4 ? 4 : 1);
                            total += cells[c];
                        }
                        csv.append(POINTS[p])
                                .append(',')
                                .append(day)
                                .append(',')
                                .append(direction)
                                .append(',')
                                .append(nationality)
                                .append(',')
                                .append(p == 1 ? "BOAT" : "BUS")
                                .append(',')
                                .append(destination);
                        for (int cell : cells) {
                            csv.append(',').append(cell);
                        }
                        csv.append(',').append(total).append('\n');
                    }
                }
            }
        }
        return csv.toString();
    }

    /** A few anonymous interviews a day at each point. */
    String surveys(LocalDate from, LocalDate to) {
        Random random = new Random(seed + 7);
        String[] reasons = {"CONFLICT", "DISASTER", "ECONOMIC", "FAMILY"};
        String[] ages = {"0-17", "18-59", "18-59", "60+"};
        StringBuilder csv = new StringBuilder("submission_id,point,surveyed_on,direction,sex,age_group,nationality,"
                + "origin_pcode,destination_pcode,reason,transport\n");
        int n = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (String point : POINTS) {
                for (int i = 0; i < 2; i++) {
                    csv.append("demo-survey-")
                            .append(++n)
                            .append(',')
                            .append(point)
                            .append(',')
                            .append(day)
                            .append(',')
                            .append(random.nextBoolean() ? "IN" : "OUT")
                            .append(',')
                            .append(random.nextBoolean() ? "F" : "M")
                            .append(',')
                            .append(ages[random.nextInt(4)])
                            .append(',')
                            .append(random.nextInt(3) == 0 ? "BD" : "MM")
                            .append(',')
                            .append(ORIGINS[random.nextInt(ORIGINS.length)])
                            .append(',')
                            .append(DESTINATIONS[random.nextInt(DESTINATIONS.length)])
                            .append(',')
                            .append(reasons[random.nextInt(4)])
                            .append(',')
                            .append(point.equals("FMP-02") ? "BOAT" : "BUS")
                            .append('\n');
                }
            }
        }
        return csv.toString();
    }
}
