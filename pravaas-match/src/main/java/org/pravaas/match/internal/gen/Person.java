package org.pravaas.match.internal.gen;

import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The truth about one generated person, from which each of their records is rendered. The second
 * name is the father's name (Syria), the mother's surname (Colombia) or a compound first name
 * (France, United Kingdom): names that make people distinct.
 */
record Person(
        String country,
        boolean female,
        NameTable.Name given,
        NameTable.Name family,
        NameTable.@Nullable Name second,
        String koreanGiven,
        List<String> koreanGivenLatin,
        String dob,
        String passport,
        String city) {
    private static final String[] COUNTRIES = {"IN", "SY", "KR", "CO", "FR", "GB"};
    private static final double[] COUNTRY_WEIGHTS = {0.25, 0.2, 0.15, 0.15, 0.1, 0.15};
    private static final String[] KOREAN_SYLLABLES = {
        "민", "준", "서", "연", "지", "훈", "현", "우", "성", "동", "영", "호", "상", "재", "원", "수", "빈", "은", "예", "진", "혜", "미",
        "경", "하", "윤", "태", "희", "석", "규", "철"
    };
    private static final String[] KOREAN_LATIN = {
        "min", "jun", "seo", "yeon", "ji", "hoon", "hyun", "woo", "sung", "dong", "young", "ho", "sang", "jae", "won",
        "soo", "bin", "eun", "ye", "jin", "hye", "mi", "kyung", "ha", "yoon", "tae", "hee", "seok", "kyu", "chul"
    };
    private static final String[] CITIES = {
        "north", "east", "west", "south", "central", "old town", "new town", "riverside", "hill", "port"
    };

    static Person draw(NameTable names, long entity, SplittableRandom r) {
        String country = pick(r);
        boolean female = r.nextBoolean();
        NameTable.Name given = names.draw(country, female ? "female" : "male", r);
        NameTable.Name family = names.draw(country, "surname", r);
        int a = r.nextInt(KOREAN_SYLLABLES.length);
        int b = r.nextInt(KOREAN_SYLLABLES.length);
        String dob = String.format("%04d-%02d-%02d", 1930 + r.nextInt(95), 1 + r.nextInt(12), 1 + r.nextInt(28));
        NameTable.Name second = second(names, country, female, r);
        String passport = country + String.format("%08d", Math.floorMod(entity * 2654435761L, 100_000_000L));
        String city = country.toLowerCase() + " " + CITIES[r.nextInt(CITIES.length)] + " " + (1 + r.nextInt(200));
        return new Person(
                country,
                female,
                given,
                family,
                second,
                KOREAN_SYLLABLES[a] + KOREAN_SYLLABLES[b],
                List.of(KOREAN_LATIN[a], KOREAN_LATIN[b]),
                dob,
                passport,
                city);
    }

    private static NameTable.@Nullable Name second(
            NameTable names, String country, boolean female, SplittableRandom r) {
        return switch (country) {
            case "SY" -> r.nextDouble() < 0.6 ? names.draw(country, "male", r) : null;
            case "CO" -> r.nextDouble() < 0.7 ? names.draw(country, "surname", r) : null;
            case "FR", "GB" -> r.nextDouble() < 0.25 ? names.draw(country, female ? "female" : "male", r) : null;
            default -> null;
        };
    }

    private static String pick(SplittableRandom r) {
        double u = r.nextDouble();
        for (int i = 0; i < COUNTRIES.length; i++) {
            u -= COUNTRY_WEIGHTS[i];
            if (u <= 0) return COUNTRIES[i];
        }
        return COUNTRIES[0];
    }
}
