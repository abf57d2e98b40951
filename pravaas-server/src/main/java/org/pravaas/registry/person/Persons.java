package org.pravaas.registry.person;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.registry.person.Person.Address;
import org.pravaas.registry.person.Person.Details;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People and their names in {@code registry.person} and {@code registry.person_name}. */
@Repository
public class Persons {
    static final String COLUMNS =
            """
            p.id, p.office_id, p.reference, p.version, p.status, p.merged_into, p.sex, p.birth_date,
            p.birth_precision, p.birth_place, p.birth_country, p.nationalities, p.languages,
            p.marital_status, p.vulnerabilities, p.phone, p.email, p.address_line, p.admin1, p.admin2,
            p.admin3, p.address_country, p.created_at, p.created_by, p.updated_at, p.updated_by
            """;

    private final JdbcClient jdbc;

    Persons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The indexed columns written beside a person. */
    public record Indexed(String displayName, String latinName, String[] nameCodes, long[] matchKeys) {}

    public void insert(Person p, Indexed ix, @Nullable String importKey) {
        jdbc.sql(
                        """
                insert into registry.person (id, office_id, reference, version, status, merged_into, sex,
                  birth_date, birth_precision, birth_place, birth_country, nationalities, languages,
                  marital_status, vulnerabilities, phone, email, address_line, admin1, admin2, admin3,
                  address_country, display_name, latin_name, name_codes, match_keys, import_key,
                  created_at, created_by, updated_at, updated_by)
                values (:id, :office, :reference, :version, :status, :mergedInto, :sex, :birthDate,
                  :precision, :birthPlace, :birthCountry, :nationalities, :languages, :marital,
                  :vulnerabilities, :phone, :email, :line, :admin1, :admin2, :admin3, :country,
                  :display, :latin, :codes, :keys, :importKey, :createdAt, :createdBy, :updatedAt, :updatedBy)
                """)
                .params(params(p, ix))
                .param("importKey", importKey)
                .update();
        insertNames(p.id(), p.names());
    }

    /** Writes a new version over {@code expectedVersion}; false when someone else changed it first. */
    public boolean update(Person p, Indexed ix, int expectedVersion) {
        int rows = jdbc.sql(
                        """
                update registry.person set version = :version, status = :status, merged_into = :mergedInto,
                  sex = :sex, birth_date = :birthDate, birth_precision = :precision, birth_place = :birthPlace,
                  birth_country = :birthCountry, nationalities = :nationalities, languages = :languages,
                  marital_status = :marital, vulnerabilities = :vulnerabilities, phone = :phone, email = :email,
                  address_line = :line, admin1 = :admin1, admin2 = :admin2, admin3 = :admin3,
                  address_country = :country, display_name = :display, latin_name = :latin,
                  name_codes = :codes, match_keys = :keys, updated_at = :updatedAt, updated_by = :updatedBy
                where id = :id and version = :expected
                """)
                .params(params(p, ix))
                .param("expected", expectedVersion)
                .update();
        if (rows == 0) return false;
        jdbc.sql("delete from registry.person_name where person_id = :id")
                .param("id", p.id())
                .update();
        insertNames(p.id(), p.names());
        return true;
    }

    public Optional<Person> find(UUID id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /** People by id, with their names, in no particular order. */
    public List<Person> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        UUID[] array = ids.toArray(UUID[]::new);
        Map<UUID, List<PersonName>> names = namesOf(array);
        return jdbc.sql("select " + COLUMNS + " from registry.person p where p.id = any(:ids)")
                .param("ids", array)
                .query((rs, n) -> map(rs, names.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    Map<UUID, List<PersonName>> namesOf(UUID[] ids) {
        Map<UUID, List<PersonName>> out = new HashMap<>();
        jdbc.sql(
                        """
                select person_id, kind, script, given, middle, family, father, latin
                from registry.person_name where person_id = any(:ids) order by person_id, position
                """)
                .param("ids", ids)
                .query(rs -> {
                    out.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new ArrayList<>())
                            .add(new PersonName(
                                    NameKind.valueOf(rs.getString("kind")),
                                    rs.getString("script"),
                                    rs.getString("given"),
                                    rs.getString("middle"),
                                    rs.getString("family"),
                                    rs.getString("father"),
                                    rs.getString("latin")));
                });
        return out;
    }

    /**
     * Reserves {@code count} consecutive numbers of an office's counter for a year (year 0 counts
     * households) and returns the first: one statement, so two registrars never get the same.
     */
    public int reserveReferences(UUID office, int year, int count) {
        return jdbc.sql(
                                """
                insert into registry.reference_counter (office_id, year, last_value) values (:office, :year, :count)
                on conflict (office_id, year) do update set last_value = reference_counter.last_value + :count
                returning last_value
                """)
                        .param("office", office)
                        .param("year", year)
                        .param("count", count)
                        .query(Integer.class)
                        .single()
                - count
                + 1;
    }

    public static String reference(String officeCode, int year, int value) {
        return "%s-%02d-%06d".formatted(officeCode, year % 100, value);
    }

    /** Which of these import keys an office already holds. */
    public java.util.Set<String> knownImportKeys(UUID office, java.util.Collection<String> keys) {
        return new java.util.HashSet<>(
                jdbc.sql("select import_key from registry.person where office_id = :office and import_key = any(:keys)")
                        .param("office", office)
                        .param("keys", keys.toArray(String[]::new))
                        .query(String.class)
                        .list());
    }

    /** The next reference number of an office in a year: {@code JO-AMM-26-000042}. */
    public String nextReference(UUID office, String officeCode, int year) {
        return reference(officeCode, year, reserveReferences(office, year, 1));
    }

    public Optional<UUID> idByReference(String reference) {
        return jdbc.sql("select id from registry.person where reference = :reference")
                .param("reference", reference)
                .query(UUID.class)
                .optional();
    }

    public Optional<UUID> findByImportKey(UUID office, String importKey) {
        return jdbc.sql("select id from registry.person where office_id = :office and import_key = :key")
                .param("office", office)
                .param("key", importKey)
                .query(UUID.class)
                .optional();
    }

    private void insertNames(UUID person, List<PersonName> names) {
        for (int i = 0; i < names.size(); i++) {
            PersonName n = names.get(i);
            jdbc.sql(
                            """
                    insert into registry.person_name (person_id, position, kind, script, given, middle, family, father, latin)
                    values (:person, :position, :kind, :script, :given, :middle, :family, :father, :latin)
                    """)
                    .param("person", person)
                    .param("position", i)
                    .param("kind", n.kind().name())
                    .param("script", n.script())
                    .param("given", n.given())
                    .param("middle", n.middle())
                    .param("family", n.family())
                    .param("father", n.father())
                    .param("latin", n.latin())
                    .update();
        }
    }

    private static Map<String, @Nullable Object> params(Person p, Indexed ix) {
        Details d = p.details();
        Map<String, @Nullable Object> m = new HashMap<>();
        m.put("id", p.id());
        m.put("office", p.officeId());
        m.put("reference", p.reference());
        m.put("version", p.version());
        m.put("status", p.merged() ? "MERGED" : "ACTIVE");
        m.put("mergedInto", p.mergedInto());
        m.put("sex", p.sex().name());
        m.put("birthDate", p.birth() == null ? null : p.birth().date());
        m.put("precision", p.birth() == null ? null : p.birth().precision().name());
        m.put("birthPlace", d.birthPlace());
        m.put("birthCountry", d.birthCountry());
        m.put("nationalities", d.nationalities().toArray(String[]::new));
        m.put("languages", d.languages().toArray(String[]::new));
        m.put("marital", d.maritalStatus() == null ? null : d.maritalStatus().name());
        m.put("vulnerabilities", d.vulnerabilities().stream().map(Enum::name).toArray(String[]::new));
        m.put("phone", d.phone());
        m.put("email", d.email());
        m.put("line", d.address().line());
        m.put("admin1", d.address().admin1());
        m.put("admin2", d.address().admin2());
        m.put("admin3", d.address().admin3());
        m.put("country", d.address().country());
        m.put("display", ix.displayName());
        m.put("latin", ix.latinName());
        m.put("codes", ix.nameCodes());
        m.put("keys", Arrays.stream(ix.matchKeys()).boxed().toArray(Long[]::new));
        m.put("createdAt", Timestamp.from(p.createdAt()));
        m.put("createdBy", p.createdBy());
        m.put("updatedAt", Timestamp.from(p.updatedAt()));
        m.put("updatedBy", p.updatedBy());
        return m;
    }

    static Person map(ResultSet rs, List<PersonName> names) throws SQLException {
        LocalDate birth = rs.getObject("birth_date", LocalDate.class);
        String marital = rs.getString("marital_status");
        return new Person(
                rs.getObject("id", UUID.class),
                rs.getObject("office_id", UUID.class),
                rs.getString("reference"),
                rs.getInt("version"),
                "MERGED".equals(rs.getString("status")),
                rs.getObject("merged_into", UUID.class),
                Sex.valueOf(rs.getString("sex")),
                birth == null
                        ? null
                        : new BirthDate(birth, BirthDate.Precision.valueOf(rs.getString("birth_precision"))),
                new Details(
                        rs.getString("birth_place"),
                        rs.getString("birth_country"),
                        strings(rs.getArray("nationalities")),
                        strings(rs.getArray("languages")),
                        marital == null ? null : MaritalStatus.valueOf(marital),
                        strings(rs.getArray("vulnerabilities")).stream()
                                .map(Vulnerability::valueOf)
                                .toList(),
                        rs.getString("phone"),
                        rs.getString("email"),
                        new Address(
                                rs.getString("address_line"),
                                rs.getString("admin1"),
                                rs.getString("admin2"),
                                rs.getString("admin3"),
                                rs.getString("address_country"))),
                names,
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }

    static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
