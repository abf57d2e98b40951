package org.pravaas.registry.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.pravaas.registry.person.NameKind;
import org.pravaas.registry.person.Person;
import org.pravaas.registry.person.Person.Address;
import org.pravaas.registry.person.Person.Details;
import org.pravaas.registry.person.PersonName;

/**
 * How two records of one person become one: the reference, office and id of the survivor stay;
 * the primary name and birth date come from whichever record the reviewer chose; every other name
 * is kept as an alias; lists are united; a field one record lacks is taken from the other.
 */
final class Survivorship {
    private Survivorship() {}

    /** Which record wins where the two disagree. */
    record Choices(boolean nameFromMerged, boolean birthFromMerged) {}

    static Person combine(
            Person survivor, Person merged, Choices choices, int version, java.time.Instant at, String by) {
        Details s = survivor.details();
        Details m = merged.details();
        Details details = new Details(
                first(s.birthPlace(), m.birthPlace()),
                first(s.birthCountry(), m.birthCountry()),
                union(s.nationalities(), m.nationalities()),
                union(s.languages(), m.languages()),
                s.maritalStatus() != null ? s.maritalStatus() : m.maritalStatus(),
                union(s.vulnerabilities(), m.vulnerabilities()),
                first(s.phone(), m.phone()),
                first(s.email(), m.email()),
                s.address().line() != null || m.address().line() == null ? s.address() : address(m.address()));
        return new Person(
                survivor.id(),
                survivor.officeId(),
                survivor.reference(),
                version,
                false,
                null,
                survivor.sex() != org.pravaas.registry.person.Sex.U ? survivor.sex() : merged.sex(),
                choices.birthFromMerged() || survivor.birth() == null ? merged.birth() : survivor.birth(),
                details,
                names(choices.nameFromMerged() ? merged : survivor, choices.nameFromMerged() ? survivor : merged),
                survivor.createdAt(),
                survivor.createdBy(),
                at,
                by);
    }

    private static List<PersonName> names(Person primarySource, Person other) {
        PersonName primary = primarySource.primaryName();
        List<PersonName> out = new ArrayList<>(List.of(primary));
        Set<String> seen = new LinkedHashSet<>(List.of(primary.full()));
        Stream.concat(primarySource.names().stream(), other.names().stream())
                .filter(n -> seen.add(n.full()))
                .map(n -> n.kind() == NameKind.PRIMARY ? alias(n) : n)
                .forEach(out::add);
        return out;
    }

    private static PersonName alias(PersonName n) {
        return new PersonName(NameKind.ALIAS, n.script(), n.given(), n.middle(), n.family(), n.father(), n.latin());
    }

    private static Address address(Address a) {
        return a;
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        Set<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static @Nullable String first(@Nullable String a, @Nullable String b) {
        return a != null ? a : b;
    }
}
