package org.pravaas.registry.person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.registry.person.Person.Address;
import org.pravaas.registry.person.Person.Details;
import org.pravaas.registry.person.PersonCommand.NameInput;

/** Builds the stored form of a command: names read, codes upper-cased, blanks made absent. */
final class PersonDrafts {
    private PersonDrafts() {}

    /** Who made a version and when: for a new person, also who created it. */
    record Stamp(Instant createdAt, String createdBy, Instant at, String by) {}

    static Person build(
            UUID id,
            UUID office,
            String reference,
            int version,
            PersonCommand c,
            @Nullable BirthDate birth,
            Stamp stamp) {
        return new Person(
                id,
                office,
                reference,
                version,
                false,
                null,
                c.sex(),
                birth,
                details(c),
                names(c.names()),
                stamp.createdAt(),
                stamp.createdBy(),
                stamp.at(),
                stamp.by());
    }

    static List<PersonName> names(List<NameInput> inputs) {
        List<PersonName> names = new ArrayList<>();
        boolean primary = inputs.stream().anyMatch(n -> n.kind() == NameKind.PRIMARY && !n.isBlank());
        for (NameInput in : inputs) {
            if (in.isBlank()) continue;
            NameKind fallback = !primary && names.isEmpty() ? NameKind.PRIMARY : NameKind.ALIAS;
            names.add(NameReadings.of(in, fallback));
        }
        names.sort((a, b) -> Boolean.compare(b.kind() == NameKind.PRIMARY, a.kind() == NameKind.PRIMARY));
        return names;
    }

    private static Details details(PersonCommand c) {
        return new Details(
                blank(c.birthPlace()),
                code(c.birthCountry()),
                c.nationalities().stream()
                        .map(PersonDrafts::code)
                        .filter(s -> s != null)
                        .distinct()
                        .toList(),
                c.languages().stream()
                        .filter(s -> !s.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList(),
                c.maritalStatus(),
                c.vulnerabilities().stream().distinct().toList(),
                blank(c.phone()),
                blank(c.email()),
                new Address(
                        blank(c.addressLine()),
                        blank(c.admin1()),
                        blank(c.admin2()),
                        blank(c.admin3()),
                        code(c.addressCountry())));
    }

    static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static @Nullable String code(@Nullable String s) {
        String b = blank(s);
        return b == null ? null : b.toUpperCase(java.util.Locale.ROOT);
    }
}
