package org.pravaas.skills.profile;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Profiles, their languages and qualifications. */
@Repository
public class Profiles {
    static final String COLUMNS =
            """
            p.id, p.person_id, p.office_id, p.kind, p.headline, p.occupations, p.skills, p.experience_years,
            p.residence_country, p.origin_country, p.availability, p.available_from, p.consent_contact,
            p.consent_at, p.version,
            array(select l.language || ':' || l.level from skills.profile_language l
                  where l.profile_id = p.id order by l.level desc, l.language) as languages
            """;
    private static final Map<String, String> SORTS =
            Map.of("headline", "p.headline", "kind", "p.kind", "origin", "p.origin_country", "updated", "p.updated_at");
    private final JdbcClient jdbc;

    Profiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Profile> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from skills.profile p where p.id = :id")
                .param("id", id)
                .query(Profiles::map)
                .optional();
    }

    public Optional<Profile> findByPerson(UUID person) {
        return jdbc.sql("select " + COLUMNS + " from skills.profile p where p.person_id = :person")
                .param("person", person)
                .query(Profiles::map)
                .optional();
    }

    /** A page of profiles in the offices, by headline, skill or occupation code. */
    public Page<Profile> search(@Nullable String q, @Nullable ProfileKind kind, List<UUID> offices, PageRequest page) {
        String where =
                """
                 from skills.profile p where p.office_id = any(:offices)
                   and (cast(:kind as text) is null or p.kind = :kind)
                   and (cast(:q as text) is null or lower(p.headline) like :q
                        or :term = any(p.skills) or :term = any(cast(p.occupations as text[])))
                """;
        String pattern = page.likePattern();
        String term = page.query() == null ? "" : page.query().toLowerCase(java.util.Locale.ROOT);
        long total = jdbc.sql("select count(*)" + where)
                .param("offices", offices.toArray(UUID[]::new))
                .param("kind", kind == null ? null : kind.name())
                .param("q", pattern)
                .param("term", term)
                .query(Long.class)
                .single();
        List<Profile> items = jdbc.sql(
                        "select " + COLUMNS + where + page.orderBy(SORTS, "updated") + " limit :size offset :offset")
                .param("offices", offices.toArray(UUID[]::new))
                .param("kind", kind == null ? null : kind.name())
                .param("q", pattern)
                .param("term", term)
                .param("size", page.size())
                .param("offset", page.offset())
                .query(Profiles::map)
                .list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    void insert(Profile p, String by) {
        jdbc.sql(
                        """
                insert into skills.profile (id, person_id, office_id, kind, headline, occupations, skills,
                    experience_years, residence_country, origin_country, availability, available_from,
                    consent_contact, consent_at, version, created_by, updated_by)
                values (:id, :person, :office, :kind, :headline, :occupations, :skills, :experience, :residence,
                    :origin, :availability, :from, :consent, :consentAt, 1, :by, :by)
                """)
                .params(params(p))
                .param("by", by)
                .update();
        insertLanguages(p);
        bumpGeneration();
    }

    boolean update(Profile p, int expectedVersion, String by) {
        int rows = jdbc.sql(
                        """
                update skills.profile set kind = :kind, headline = :headline, occupations = :occupations,
                    skills = :skills, experience_years = :experience, residence_country = :residence,
                    origin_country = :origin, availability = :availability, available_from = :from,
                    consent_contact = :consent, consent_at = :consentAt, version = version + 1,
                    updated_at = now(), updated_by = :by
                where id = :id and version = :expected
                """)
                .params(params(p))
                .param("by", by)
                .param("expected", expectedVersion)
                .update();
        if (rows == 0) return false;
        jdbc.sql("delete from skills.profile_language where profile_id = :id")
                .param("id", p.id())
                .update();
        insertLanguages(p);
        bumpGeneration();
        return true;
    }

    /** Serialises writes that concern one person (a placement offer checks overlaps under it). */
    public void lock(UUID id) {
        jdbc.sql("select id from skills.profile where id = :id for update")
                .param("id", id)
                .query(UUID.class)
                .optional();
    }

    /** How many times profiles changed: the matching pool reloads when this moves. */
    public long generation() {
        return jdbc.sql("select generation from skills.pool_state where id = 1")
                .query(Long.class)
                .single();
    }

    public void bumpGeneration() {
        jdbc.sql("update skills.pool_state set generation = generation + 1 where id = 1")
                .update();
    }

    public List<Qualification> qualifications(UUID profile) {
        return jdbc.sql(
                        """
                select id, profile_id, title, level, issuing_country, awarded_year, recognition, recognised_in
                from skills.qualification where profile_id = :p order by awarded_year desc nulls last, title
                """)
                .param("p", profile)
                .query(Qualification.class)
                .list();
    }

    void insertQualification(Qualification q) {
        jdbc.sql(
                        """
                insert into skills.qualification (id, profile_id, title, level, issuing_country, awarded_year,
                    recognition, recognised_in)
                values (:id, :profile, :title, :level, :country, :year, :recognition, :in)
                """)
                .param("id", q.id())
                .param("profile", q.profileId())
                .param("title", q.title())
                .param("level", q.level().name())
                .param("country", q.issuingCountry())
                .param("year", q.awardedYear())
                .param("recognition", q.recognition().name())
                .param("in", q.recognisedIn())
                .update();
    }

    boolean updateRecognition(UUID qualification, UUID profile, Recognition recognition, @Nullable String in) {
        return jdbc.sql(
                                """
                update skills.qualification set recognition = :r, recognised_in = :in
                where id = :id and profile_id = :p
                """)
                        .param("r", recognition.name())
                        .param("in", in)
                        .param("id", qualification)
                        .param("p", profile)
                        .update()
                > 0;
    }

    private void insertLanguages(Profile p) {
        for (SpokenLanguage l : p.languages()) {
            jdbc.sql("insert into skills.profile_language (profile_id, language, level) values (:p, :l, :level)")
                    .param("p", p.id())
                    .param("l", l.language())
                    .param("level", l.level().rank())
                    .update();
        }
    }

    private static Map<String, @Nullable Object> params(Profile p) {
        Map<String, @Nullable Object> m = new java.util.HashMap<>();
        m.put("id", p.id());
        m.put("person", p.personId());
        m.put("office", p.officeId());
        m.put("kind", p.kind().name());
        m.put("headline", p.headline());
        m.put("occupations", p.occupations().toArray(String[]::new));
        m.put("skills", p.skills().toArray(String[]::new));
        m.put("experience", p.experienceYears());
        m.put("residence", p.residenceCountry());
        m.put("origin", p.originCountry());
        m.put("availability", p.availability().stream().map(Enum::name).sorted().toArray(String[]::new));
        m.put("from", p.availableFrom());
        m.put("consent", p.consentContact());
        m.put("consentAt", p.consentAt() == null ? null : Timestamp.from(p.consentAt()));
        return m;
    }

    static Profile map(ResultSet rs, int row) throws SQLException {
        Set<Availability> availability = EnumSet.noneOf(Availability.class);
        strings(rs.getArray("availability")).forEach(a -> availability.add(Availability.valueOf(a)));
        LocalDate from = rs.getObject("available_from", LocalDate.class);
        Timestamp consentAt = rs.getTimestamp("consent_at");
        return new Profile(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getObject("office_id", UUID.class),
                ProfileKind.valueOf(rs.getString("kind")),
                rs.getString("headline"),
                strings(rs.getArray("occupations")),
                strings(rs.getArray("skills")),
                rs.getInt("experience_years"),
                rs.getString("residence_country"),
                rs.getString("origin_country"),
                availability,
                from,
                rs.getBoolean("consent_contact"),
                consentAt == null ? null : consentAt.toInstant(),
                languages(strings(rs.getArray("languages"))),
                rs.getInt("version"));
    }

    static List<SpokenLanguage> languages(List<String> packed) {
        return packed.stream()
                .map(s -> s.split(":"))
                .map(a -> new SpokenLanguage(a[0], LanguageLevel.ofRank(Integer.parseInt(a[1]))))
                .collect(Collectors.toList());
    }

    static List<String> strings(@Nullable Array array) throws SQLException {
        if (array == null) return List.of();
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).map(String::strip).toList();
    }
}
