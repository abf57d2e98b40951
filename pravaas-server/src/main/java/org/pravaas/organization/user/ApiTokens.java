package org.pravaas.organization.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organization.api_token table; tokens are looked up by their SHA-256 hash. */
@Repository
public class ApiTokens {
    private static final String SELECT = "select * from organization.api_token";

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void insert(UUID id, UUID userId, String name, String token, Instant expiresAt) {
        jdbc.sql(
                        """
                insert into organization.api_token (id, user_id, name, token_hash, token_prefix, expires_at)
                values (:id, :userId, :name, :hash, :prefix, :expiresAt)
                """)
                .param("id", id)
                .param("userId", userId)
                .param("name", name)
                .param("hash", hash(token))
                .param("prefix", token.substring(0, Math.min(8, token.length())))
                .param("expiresAt", Timestamp.from(expiresAt))
                .update();
    }

    public Optional<ApiToken> findByToken(String token) {
        return jdbc.sql(SELECT + " where token_hash = :hash")
                .param("hash", hash(token))
                .query(ApiTokens::map)
                .optional();
    }

    public Optional<ApiToken> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(ApiTokens::map)
                .optional();
    }

    public List<ApiToken> ofUser(UUID userId) {
        return jdbc.sql(SELECT + " where user_id = :userId order by created_at desc")
                .param("userId", userId)
                .query(ApiTokens::map)
                .list();
    }

    /** Marks the token used, at most once a minute, so reading the API does not write on every call. */
    public void touch(UUID id) {
        jdbc.sql(
                        """
                update organization.api_token set last_used_at = now()
                 where id = :id and (last_used_at is null or last_used_at < now() - interval '1 minute')
                """)
                .param("id", id)
                .update();
    }

    public boolean revoke(UUID id) {
        return jdbc.sql("update organization.api_token set revoked_at = now() where id = :id and revoked_at is null")
                        .param("id", id)
                        .update()
                == 1;
    }

    static ApiToken map(ResultSet rs, int row) throws SQLException {
        Timestamp used = rs.getTimestamp("last_used_at");
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new ApiToken(
                rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getString("name"),
                rs.getString("token_prefix"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                used == null ? null : used.toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}
