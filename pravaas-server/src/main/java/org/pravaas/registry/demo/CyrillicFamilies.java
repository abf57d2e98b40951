package org.pravaas.registry.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Ukrainian families written in Cyrillic, with every tenth person entered a second time in the
 * Latin spelling of their passport, so the review queue shows a Cyrillic–Latin pair.
 */
final class CyrillicFamilies {
    private static final String[][] GIVEN_F = {
        {"Олена", "Olena"}, {"Наталія", "Nataliia"}, {"Ірина", "Iryna"}, {"Оксана", "Oksana"}, {"Тетяна", "Tetiana"}
    };
    private static final String[][] GIVEN_M = {
        {"Олександр", "Oleksandr"},
        {"Андрій", "Andrii"},
        {"Сергій", "Serhii"},
        {"Дмитро", "Dmytro"},
        {"Богдан", "Bohdan"}
    };
    private static final String[][] FAMILY = {
        {"Шевченко", "Shevchenko"}, {"Коваленко", "Kovalenko"}, {"Бондаренко", "Bondarenko"}, {"Ткаченко", "Tkachenko"},
        {"Мельник", "Melnyk"}, {"Кравченко", "Kravchenko"}, {"Олійник", "Oliinyk"}, {"Поліщук", "Polishchuk"}
    };

    private CyrillicFamilies() {}

    /** Rows in the generator's columns: id, entity_id, given, family, birth, sex, nationality, passport, city. */
    static List<String> rows(int count) {
        SplittableRandom random = new SplittableRandom(380);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean female = random.nextBoolean();
            String[] given = (female ? GIVEN_F : GIVEN_M)[random.nextInt(5)];
            String[] family = FAMILY[random.nextInt(FAMILY.length)];
            String birth =
                    "%d-%02d-%02d".formatted(1950 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String passport = "F" + (char) ('A' + random.nextInt(26)) + (100000 + random.nextInt(900000));
            String sex = female ? "F" : "M";
            out.add(String.join(",", "ua" + i, "ua-e" + i, given[0], family[0], birth, sex, "UA", passport, "Kyiv"));
            if (i % 10 == 0) {
                out.add(String.join(
                        ",", "ua" + i + "b", "ua-e" + i, given[1], family[1], birth, sex, "UA", "", "Kyiv"));
            }
        }
        return out;
    }
}
