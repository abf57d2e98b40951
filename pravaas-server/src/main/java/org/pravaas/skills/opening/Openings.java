package org.pravaas.skills.opening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.pravaas.skills.profile.Availability;
import org.pravaas.skills.profile.LanguageLevel;
import org.pravaas.skills.profile.SpokenLanguage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Openings and the languages they ask for. */
@Repository
public class Openings {
    private static final String COLUMNS =
            """
            o.id, o.reference, o.kind, o.office_id, o.title, o.organisation, o.organisation_type, o.country,
            o.source_country, o.occupation, o.skills, o.availability, o.places, o.starts_on, o.ends_on,
            o.conditions, o.status,
            array(select l.language || ':' || l.level from skills.opening_language l
                  where l.opening_id = o.id order by l.language) as languages
            """;
    private static final Map<String, String> SORTS =
            Map.of("reference", "o.reference", "title", "o.title", "country", "o.country", "starts", "o.starts_on");
    private final JdbcClient jdbc;

    Openings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Opening> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from skills.opening o where o.id = :id")
                .param("id", id)
                .query(Openings::map)
                .optional();
    }

    /** Every open opening, for matching a candidate against them all. */
    public List<Opening> allOpen() {
        return jdbc.sql("select " + COLUMNS + " from skills.opening o where o.status = 'OPEN' order by o.starts_on")
                .query(Openings::map)
                .list();
    }

    public List<UUID> openIds() {
        return jdbc.sql("select id from skills.opening where status = 'OPEN' order by id")
                .query(UUID.class)
                .list();
    }

    public Page<Opening> search(@Nullable OpeningKind kind, @Nullable OpeningStatus status, PageRequest page) {
        String where =
                """
                 from skills.opening o where (cast(:kind as text) is null or o.kind = :kind)
                   and (cast(:status as text) is null or o.status = :status)
                   and (cast(:q as text) is null or lower(o.title) like :q or lower(o.organisation) like :q
                        or lower(o.reference) like :q or o.occupation like :code)
                """;
        String code = page.query() == null ? "" : page.query() + "%";
        var count = jdbc.sql("select count(*)" + where)
                .param("kind", kind == null ? null : kind.name())
                .param("status", status == null ? null : status.name())
                .param("q", page.likePattern())
                .param("code", code);
        long total = count.query(Long.class).single();
        List<Opening> items = jdbc.sql(
                        "select " + COLUMNS + where + page.orderBy(SORTS, "starts") + " limit :size offset :offset")
                .param("kind", kind == null ? null : kind.name())
                .param("status", status == null ? null : status.name())
                .param("q", page.likePattern())
                .param("code", code)
                .param("size", page.size())
                .param("offset", page.offset())
                .query(Openings::map)
                .list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** The next reference of a kind in a year: {@code ASG-2026-0007}, {@code VAC-2026-0012}. */
    String nextReference(OpeningKind kind, LocalDate on) {
        String prefix = (kind == OpeningKind.ASSIGNMENT ? "ASG-" : "VAC-") + Year.now() + "-";
        // Two posts at once would count the same number: they take turns until commit.
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:p))")
                .param("p", prefix)
                .query()
                .singleRow();
        long n = jdbc.sql("select count(*) from skills.opening where reference like :p")
                        .param("p", prefix + "%")
                        .query(Long.class)
                        .single()
                + 1;
        return prefix + String.format("%04d", n);
    }

    void insert(Opening o, String by) {
        jdbc.sql(
                        """
                insert into skills.opening (id, reference, kind, office_id, title, organisation, organisation_type,
                    country, source_country, occupation, skills, availability, places, starts_on, ends_on,
                    conditions, status, created_by)
                values (:id, :reference, :kind, :office, :title, :organisation, :type, :country, :source,
                    :occupation, :skills, :availability, :places, :starts, :ends, :conditions, :status, :by)
                """)
                .param("id", o.id())
                .param("reference", o.reference())
                .param("kind", o.kind().name())
                .param("office", o.officeId())
                .param("title", o.title())
                .param("organisation", o.organisation())
                .param("type", o.organisationType().name())
                .param("country", o.country())
                .param("source", o.sourceCountry())
                .param("occupation", o.occupation())
                .param("skills", o.skills().toArray(String[]::new))
                .param("availability", o.availability().name())
                .param("places", o.places())
                .param("starts", o.startsOn())
                .param("ends", o.endsOn())
                .param("conditions", o.conditions())
                .param("status", o.status().name())
                .param("by", by)
                .update();
        for (SpokenLanguage l : o.languages()) {
            jdbc.sql("insert into skills.opening_language (opening_id, language, level) values (:o, :l, :level)")
                    .param("o", o.id())
                    .param("l", l.language())
                    .param("level", l.level().rank())
                    .update();
        }
    }

    void setStatus(UUID id, OpeningStatus status) {
        jdbc.sql("update skills.opening set status = :s where id = :id")
                .param("s", status.name())
                .param("id", id)
                .update();
    }

    static Opening map(ResultSet rs, int row) throws SQLException {
        Object[] languages = (Object[]) rs.getArray("languages").getArray();
        Object[] skills = (Object[]) rs.getArray("skills").getArray();
        return new Opening(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                OpeningKind.valueOf(rs.getString("kind")),
                rs.getObject("office_id", UUID.class),
                rs.getString("title"),
                rs.getString("organisation"),
                OrganisationType.valueOf(rs.getString("organisation_type")),
                rs.getString("country"),
                rs.getString("source_country"),
                rs.getString("occupation"),
                Arrays.stream(skills).map(String::valueOf).toList(),
                Arrays.stream(languages)
                        .map(s -> String.valueOf(s).split(":"))
                        .map(a -> new SpokenLanguage(a[0], LanguageLevel.ofRank(Integer.parseInt(a[1]))))
                        .toList(),
                Availability.valueOf(rs.getString("availability")),
                rs.getInt("places"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getString("conditions"),
                OpeningStatus.valueOf(rs.getString("status")));
    }
}
