package org.pravaas.registry.person;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One name of a person, in parts, with its script and its Latin reading (stored, so that lists
 * and exports show every name readably without transliterating again).
 */
public record PersonName(
        NameKind kind,
        String script,
        @Nullable String given,
        @Nullable String middle,
        @Nullable String family,
        @Nullable String father,
        String latin) {

    /** Given, middle and father's names: what the matching engine compares as given names. */
    public String givenNames() {
        return join(given, middle, father);
    }

    public String familyName() {
        return family == null ? "" : family;
    }

    /** As the person writes it: given, middle, father's, family. */
    public String full() {
        return join(given, middle, father, family);
    }

    private static String join(@Nullable String... parts) {
        return Stream.of(parts)
                .filter(Objects::nonNull)
                .filter(p -> !p.isBlank())
                .collect(Collectors.joining(" "));
    }
}
