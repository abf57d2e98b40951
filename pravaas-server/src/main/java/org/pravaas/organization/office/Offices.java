package org.pravaas.organization.office;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.Filters;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organization.office table. */
@Repository
public class Offices {
    private static final String SELECT =
            """
            select o.*, p.code as parent_code from organization.office o
            left join organization.office p on p.id = o.parent_id""";
    /** Parents before children, siblings by code: the codes from the root down, joined. */
    private static final String TREE_ORDER =
            """
            (select string_agg(a.code, '/' order by length(a.path)) from organization.office a
              where o.path like a.path || '%')""";

    static final Map<String, String> SORTS = Map.of(
            "code",
            "o.code",
            "name",
            "lower(o.name)",
            "type",
            "o.type",
            "country",
            "o.country",
            "city",
            "lower(o.city)",
            "opened",
            "o.opened_on",
            "tree",
            TREE_ORDER);

    private final JdbcClient jdbc;

    Offices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Optional filters of the office list. */
    public record Query(@Nullable OfficeType type, @Nullable String country, @Nullable Boolean open) {}

    public Optional<Office> find(UUID id) {
        return jdbc.sql(SELECT + " where o.id = :id")
                .param("id", id)
                .query(Offices::map)
                .optional();
    }

    public Optional<Office> findByCode(String code) {
        return jdbc.sql(SELECT + " where o.code = :code")
                .param("code", code)
                .query(Offices::map)
                .optional();
    }

    public boolean isWithin(UUID office, String scopePath) {
        return jdbc.sql("select exists(select 1 from organization.office where id = :id and path like :prefix)")
                .param("id", office)
                .param("prefix", scopePath + "%")
                .query(Boolean.class)
                .single();
    }

    public List<UUID> subtreeIds(String scopePath) {
        return jdbc.sql("select id from organization.office where path like :prefix")
                .param("prefix", scopePath + "%")
                .query(UUID.class)
                .list();
    }

    /** Offices in the subtree, for choosing a parent or an office in a form. */
    public List<Office> inScope(String scopePath) {
        return jdbc.sql(SELECT + " where o.path like :prefix order by " + TREE_ORDER)
                .param("prefix", scopePath + "%")
                .query(Offices::map)
                .list();
    }

    public Page<Office> search(String scopePath, Query query, PageRequest page) {
        return filters(scopePath, query, page).page(jdbc, SELECT, page, SORTS, "tree", Offices::map);
    }

    public List<Office> export(String scopePath, Query query, PageRequest page) {
        return filters(scopePath, query, page).all(jdbc, SELECT, page, SORTS, "tree", Offices::map);
    }

    private static Filters filters(String scopePath, Query query, PageRequest page) {
        return new Filters()
                .always("o.path like :scope", "scope", scopePath + "%")
                .and(
                        "(lower(o.code) like :q or lower(o.name) like :q or lower(o.city) like :q)",
                        "q",
                        page.likePattern())
                .and(
                        "o.type = :type",
                        "type",
                        query.type() == null ? null : query.type().name())
                .and("o.country = :country", "country", query.country())
                .and(
                        Boolean.TRUE.equals(query.open())
                                ? "(o.closed_on is null or o.closed_on > current_date)"
                                : "(o.closed_on is not null and o.closed_on <= current_date)",
                        "openFlag",
                        query.open());
    }

    public void insert(UUID id, OfficeCommand c, String path) {
        jdbc.sql(
                        """
                insert into organization.office (id, code, name, type, parent_id, path, country, city, time_zone,
                                                 languages, opened_on, closed_on)
                values (:id, :code, :name, :type, :parentId, :path, :country, :city, :timeZone,
                        string_to_array(:languages, ','), :openedOn, :closedOn)
                """)
                .param("id", id)
                .params(columns(c))
                .param("path", path)
                .update();
    }

    /** Updates only when the stored version is the one the user read; returns whether it did. */
    public boolean update(UUID id, long expectedVersion, OfficeCommand c, String path) {
        return jdbc.sql(
                                """
                update organization.office set code = :code, name = :name, type = :type, parent_id = :parentId,
                       path = :path, country = :country, city = :city, time_zone = :timeZone,
                       languages = string_to_array(:languages, ','), opened_on = :openedOn, closed_on = :closedOn,
                       version = version + 1, updated_at = now()
                 where id = :id and version = :version
                """)
                        .param("id", id)
                        .param("version", expectedVersion)
                        .params(columns(c))
                        .param("path", path)
                        .update()
                == 1;
    }

    /** Moves a whole subtree when an office gets a new parent. */
    public void repath(String oldPrefix, String newPrefix) {
        jdbc.sql(
                        """
                update organization.office set path = :newPrefix || substr(path, length(:oldPrefix) + 1)
                 where path like :oldPrefix || '%' and path <> :newPrefix
                """)
                .param("oldPrefix", oldPrefix)
                .param("newPrefix", newPrefix)
                .update();
    }

    public long count(String scopePath) {
        return jdbc.sql("select count(*) from organization.office where path like :prefix")
                .param("prefix", scopePath + "%")
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> columns(OfficeCommand c) {
        java.util.HashMap<String, Object> values = new java.util.HashMap<>();
        values.put("code", c.code());
        values.put("name", c.name().strip());
        values.put("type", c.type().name());
        values.put("parentId", c.parentId());
        values.put("country", c.country());
        values.put("city", c.city().strip());
        values.put("timeZone", c.timeZone());
        values.put("languages", String.join(",", c.languages()));
        values.put("openedOn", Date.valueOf(c.openedOn()));
        values.put("closedOn", c.closedOn() == null ? null : Date.valueOf(c.closedOn()));
        return values;
    }

    static Office map(ResultSet rs, int row) throws SQLException {
        Date closed = rs.getDate("closed_on");
        return new Office(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                OfficeType.valueOf(rs.getString("type")),
                rs.getObject("parent_id", UUID.class),
                rs.getString("parent_code"),
                rs.getString("path"),
                rs.getString("country"),
                rs.getString("city"),
                rs.getString("time_zone"),
                languages(rs.getArray("languages")),
                rs.getDate("opened_on").toLocalDate(),
                closed == null ? null : closed.toLocalDate(),
                rs.getLong("version"));
    }

    private static List<String> languages(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
