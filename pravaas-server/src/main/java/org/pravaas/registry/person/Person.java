package org.pravaas.registry.person;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.registry.PersonId;
import org.pravaas.registry.PersonSummary;

/** A person as stored, with every name; documents and households are read separately. */
public record Person(
        UUID id,
        UUID officeId,
        String reference,
        int version,
        boolean merged,
        @Nullable UUID mergedInto,
        Sex sex,
        @Nullable BirthDate birth,
        Details details,
        List<PersonName> names,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    public Person {
        names = List.copyOf(names);
    }

    /** Everything about a person that is neither a name nor the birth date. */
    public record Details(
            @Nullable String birthPlace,
            @Nullable String birthCountry,
            List<String> nationalities,
            List<String> languages,
            @Nullable MaritalStatus maritalStatus,
            List<Vulnerability> vulnerabilities,
            @Nullable String phone,
            @Nullable String email,
            Address address) {
        public Details {
            nationalities = List.copyOf(nationalities);
            languages = List.copyOf(languages);
            vulnerabilities = List.copyOf(vulnerabilities);
        }
    }

    /** Where a person lives: a line, administrative areas from level 1 down, and the country. */
    public record Address(
            @Nullable String line,
            @Nullable String admin1,
            @Nullable String admin2,
            @Nullable String admin3,
            @Nullable String country) {
        /** The address on one line, smallest place first; empty when nothing is recorded. */
        public String text() {
            return java.util.stream.Stream.of(line, admin3, admin2, admin1, country)
                    .filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    /** The same record as a new version, made at {@code at} by {@code by}; active again if it was merged. */
    public Person restamped(int newVersion, Instant at, String by) {
        return new Person(
                id,
                officeId,
                reference,
                newVersion,
                false,
                null,
                sex,
                birth,
                details,
                names,
                createdAt,
                createdBy,
                at,
                by);
    }

    /** This record as merged into {@code survivor}. */
    public Person mergedInto(UUID survivor, Instant at, String by) {
        return new Person(
                id,
                officeId,
                reference,
                version + 1,
                true,
                survivor,
                sex,
                birth,
                details,
                names,
                createdAt,
                createdBy,
                at,
                by);
    }

    public PersonName primaryName() {
        return names.stream()
                .filter(n -> n.kind() == NameKind.PRIMARY)
                .findFirst()
                .orElse(names.get(0));
    }

    public Optional<Integer> ageOn(LocalDate day) {
        return Optional.ofNullable(birth).map(b -> Period.between(b.date(), day).getYears());
    }

    public PersonSummary summary() {
        PersonName name = primaryName();
        return new PersonSummary(
                new PersonId(id),
                reference,
                name.full(),
                name.latin(),
                birth == null ? null : birth.text(),
                sex.name(),
                officeId);
    }
}
