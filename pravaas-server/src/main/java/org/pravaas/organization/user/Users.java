package org.pravaas.organization.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pravaas.organization.Role;
import org.pravaas.shared.Filters;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organization.app_user and user_role tables. */
@Repository
public class Users {
    private static final String SELECT =
            """
            select u.*, o.code as office_code, o.path as office_path,
                   coalesce((select string_agg(r.role, ',') from organization.user_role r where r.user_id = u.id), '') as roles
              from organization.app_user u join organization.office o on o.id = u.office_id""";
    private static final Map<String, String> SORTS = Map.of(
            "username",
            "u.username",
            "name",
            "lower(u.full_name)",
            "office",
            "o.code",
            "lastLogin",
            "u.last_login_at",
            "active",
            "u.active");

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Filters of the user list. */
    public record Query(@Nullable Role role, @Nullable UUID officeId, @Nullable Boolean active) {}

    /** What signing in needs to know about an account. */
    public record Login(User user, String passwordHash, String officePath) {}

    public Optional<User> find(UUID id) {
        return jdbc.sql(SELECT + " where u.id = :id")
                .param("id", id)
                .query(Users::map)
                .optional();
    }

    public Optional<Login> findLogin(String username) {
        return jdbc.sql(SELECT + " where u.username = :username")
                .param("username", username.strip().toLowerCase(java.util.Locale.ROOT))
                .query((rs, n) -> new Login(map(rs, n), rs.getString("password_hash"), rs.getString("office_path")))
                .optional();
    }

    public Optional<Login> findLogin(UUID id) {
        return jdbc.sql(SELECT + " where u.id = :id")
                .param("id", id)
                .query((rs, n) -> new Login(map(rs, n), rs.getString("password_hash"), rs.getString("office_path")))
                .optional();
    }

    public Page<User> search(String scopePath, Query query, PageRequest page) {
        return new Filters()
                .always("o.path like :scope", "scope", scopePath + "%")
                .and(
                        "(u.username like :q or lower(u.full_name) like :q or lower(u.email) like :q)",
                        "q",
                        page.likePattern())
                .and(
                        "exists (select 1 from organization.user_role r where r.user_id = u.id and r.role = :role)",
                        "role",
                        query.role() == null ? null : query.role().name())
                .and("u.office_id = :office", "office", query.officeId())
                .and("u.active = :active", "active", query.active())
                .page(jdbc, SELECT, page, SORTS, "username", Users::map);
    }

    public void insert(UUID id, UserCommand c, String passwordHash) {
        jdbc.sql(
                        """
                insert into organization.app_user (id, username, full_name, email, office_id, partner_id, language,
                                                   active, password_hash)
                values (:id, :username, :fullName, :email, :officeId, :partnerId, :language, :active, :hash)
                """)
                .param("id", id)
                .params(columns(c))
                .param("hash", passwordHash)
                .update();
        replaceRoles(id, c.roles());
    }

    public boolean update(UUID id, long expectedVersion, UserCommand c) {
        boolean updated = jdbc.sql(
                                """
                update organization.app_user set username = :username, full_name = :fullName, email = :email,
                       office_id = :officeId, partner_id = :partnerId, language = :language, active = :active,
                       version = version + 1, updated_at = now()
                 where id = :id and version = :version
                """)
                        .param("id", id)
                        .param("version", expectedVersion)
                        .params(columns(c))
                        .update()
                == 1;
        if (updated) {
            replaceRoles(id, c.roles());
        }
        return updated;
    }

    private void replaceRoles(UUID id, Set<Role> roles) {
        jdbc.sql("delete from organization.user_role where user_id = :id")
                .param("id", id)
                .update();
        for (Role role : roles) {
            jdbc.sql("insert into organization.user_role (user_id, role) values (:id, :role)")
                    .param("id", id)
                    .param("role", role.name())
                    .update();
        }
    }

    public void changePassword(UUID id, String passwordHash) {
        jdbc.sql(
                        """
                update organization.app_user set password_hash = :hash, password_changed_at = now(),
                       failed_attempts = 0, locked_until = null, version = version + 1, updated_at = now()
                 where id = :id
                """)
                .param("id", id)
                .param("hash", passwordHash)
                .update();
    }

    public void changeLanguage(UUID id, String language) {
        jdbc.sql("update organization.app_user set language = :language where id = :id")
                .param("id", id)
                .param("language", language)
                .update();
    }

    /** Counts a failed sign-in; returns the count after this one. */
    public int recordFailure(UUID id) {
        return jdbc.sql("update organization.app_user set failed_attempts = failed_attempts + 1 where id = :id"
                        + " returning failed_attempts")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    public void lockUntil(UUID id, @Nullable Instant until) {
        jdbc.sql("update organization.app_user set locked_until = :until, failed_attempts = 0 where id = :id")
                .param("id", id)
                .param("until", until == null ? null : Timestamp.from(until))
                .update();
    }

    public void recordLogin(UUID id) {
        jdbc.sql("update organization.app_user set failed_attempts = 0, locked_until = null, last_login_at = now()"
                        + " where id = :id")
                .param("id", id)
                .update();
    }

    public long countActive(String scopePath) {
        return jdbc.sql(
                        """
                select count(*) from organization.app_user u join organization.office o on o.id = u.office_id
                 where u.active and o.path like :scope
                """)
                .param("scope", scopePath + "%")
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> columns(UserCommand c) {
        java.util.HashMap<String, Object> values = new java.util.HashMap<>();
        values.put("username", c.username());
        values.put("fullName", c.fullName().strip());
        values.put("email", c.email().strip());
        values.put("officeId", c.officeId());
        values.put("partnerId", c.partnerId());
        values.put("language", c.language());
        values.put("active", c.active());
        return values;
    }

    static User map(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        Timestamp lastLogin = rs.getTimestamp("last_login_at");
        return new User(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("full_name"),
                rs.getString("email"),
                rs.getObject("office_id", UUID.class),
                rs.getString("office_code"),
                rs.getObject("partner_id", UUID.class),
                rs.getString("language").strip(),
                rs.getBoolean("active"),
                roles(rs.getString("roles")),
                locked == null ? null : locked.toInstant(),
                lastLogin == null ? null : lastLogin.toInstant(),
                rs.getLong("version"));
    }

    private static Set<Role> roles(String joined) {
        if (joined.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(joined.split(","))
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
