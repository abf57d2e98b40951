package org.pravaas.registry.person;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.pravaas.match.NameKeys;
import org.pravaas.registry.person.PersonCommand.NameInput;
import org.pravaas.registry.person.PersonMatching.Profile;
import org.pravaas.shared.Filters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds people within a set of offices. A name is looked up by the sound codes of its words (so
 * an Arabic query finds the Latin spelling and back) and the hits are ranked by the probability
 * the matching engine gives them; other searches are exact. At most {@link #LIMIT} hits.
 */
@Component
public class PersonSearch {
    public static final int LIMIT = 500;

    private final JdbcClient jdbc;
    private final Persons persons;
    private final PersonMatching matching;

    PersonSearch(JdbcClient jdbc, Persons persons, PersonMatching matching) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.matching = matching;
    }

    /** A hit: the person and, for a name search, how probably it is the person asked for. */
    public record Hit(Person person, double probability) {}

    public List<Hit> find(PersonQuery query, List<UUID> offices) {
        Filters f = new Filters()
                .always("p.status = :active", "active", "ACTIVE")
                .always("p.office_id = any(:offices)", "offices", offices.toArray(UUID[]::new))
                .and(
                        "p.sex = :sex",
                        "sex",
                        query.sex() == null ? null : query.sex().name());
        birthFilter(query, f);
        String q = query.q() == null ? "" : query.q().strip();
        switch (query.kind()) {
            case REFERENCE -> f.always("p.reference = :reference", "reference", q.toUpperCase(Locale.ROOT));
            case DOCUMENT -> f.always(
                    "p.id in (select person_id from registry.document where number_key = :doc)",
                    "doc",
                    Document.numberKey(q));
            case NAME -> nameFilter(q, f);
            case NONE -> {}
        }
        // A name search is ranked below, by probability; any other lists the newest first.
        String order = query.kind() == PersonQuery.Kind.NAME ? "" : " order by p.created_at desc";
        List<Person> found = persons.findAll(f.ids(jdbc, "select p.id from registry.person p", order, LIMIT));
        if (query.kind() != PersonQuery.Kind.NAME) {
            return found.stream()
                    .sorted(Comparator.comparing(Person::createdAt).reversed())
                    .map(p -> new Hit(p, 1.0))
                    .toList();
        }
        Profile probe = probe(q, query.birth());
        return found.stream()
                .map(p -> new Hit(
                        p,
                        matching.score(probe, PersonIndexer.profile(p, List.of()))
                                .probability()))
                .sorted(Comparator.comparingDouble(Hit::probability).reversed())
                .toList();
    }

    /** Each word of the name must sound like one of the person's words, in whatever script. */
    private static void nameFilter(String q, Filters f) {
        String[] words = q.split("\\s+");
        for (int i = 0; i < Math.min(words.length, 4); i++) {
            String[] codes = NameKeys.of(words[i])
                    .map(k -> k.phoneticCodes().toArray(String[]::new))
                    .orElse(new String[0]);
            if (codes.length > 0) f.always("p.name_codes && cast(:w" + i + " as text[])", "w" + i, codes);
        }
    }

    private static Profile probe(String q, @org.jspecify.annotations.Nullable String birth) {
        String[] words = q.split("\\s+");
        String family = words.length > 1 ? words[words.length - 1] : null;
        String given = words.length > 1 ? String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)) : q;
        PersonName name = NameReadings.of(new NameInput(NameKind.PRIMARY, given, null, family, null), NameKind.PRIMARY);
        Optional<BirthDate> b = birth == null ? Optional.empty() : BirthDate.parse(birth, false);
        return new Profile("probe", List.of(name), b.orElse(null), Sex.U, List.of(), List.of());
    }

    private static void birthFilter(PersonQuery query, Filters f) {
        if (query.birth() == null || query.birth().isBlank()) return;
        Optional<BirthDate> b = BirthDate.parse(query.birth(), false);
        LocalDate from = b.map(BirthDate::date).orElse(LocalDate.of(9999, 1, 1));
        LocalDate to = b.map(BirthDate::latest).orElse(LocalDate.of(9999, 1, 1));
        f.always("p.birth_date >= :from", "from", from).always("p.birth_date <= :to", "to", to);
    }
}
