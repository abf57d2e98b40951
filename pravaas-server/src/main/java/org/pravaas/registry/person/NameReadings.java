package org.pravaas.registry.person;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pravaas.match.NameKeys;
import org.pravaas.registry.person.PersonCommand.NameInput;

/**
 * Turns a name as entered into a stored name: parts trimmed, the script detected and the Latin
 * reading the matching engine finds most likely (a Latin name keeps its own spelling).
 */
public final class NameReadings {
    private NameReadings() {}

    public static PersonName of(NameInput in, NameKind fallbackKind) {
        String given = clean(in.given());
        String middle = clean(in.middle());
        String family = clean(in.family());
        String father = clean(in.father());
        PersonName draft = new PersonName(
                in.kind() == null ? fallbackKind : in.kind(), "LATIN", given, middle, family, father, "");
        String full = draft.full();
        NameKeys keys = NameKeys.of(full).orElse(new NameKeys("LATIN", java.util.List.of(full), java.util.List.of()));
        String latin = keys.script().equals("LATIN")
                ? full
                : titleCase(keys.latinReadings().get(0));
        return new PersonName(draft.kind(), keys.script(), given, middle, family, father, latin);
    }

    private static @Nullable String clean(@Nullable String part) {
        if (part == null) return null;
        String s = part.strip().replaceAll("\\s+", " ");
        return s.isEmpty() ? null : s;
    }

    static String titleCase(String reading) {
        return Arrays.stream(reading.split(" "))
                .filter(t -> !t.isEmpty())
                .map(t -> t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1))
                .collect(Collectors.joining(" "));
    }
}
