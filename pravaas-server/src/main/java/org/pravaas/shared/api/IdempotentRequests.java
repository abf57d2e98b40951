package org.pravaas.shared.api;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/** The shared.idempotent_request table: answers remembered for 24 hours. */
@Repository
class IdempotentRequests {
    private final JdbcClient jdbc;

    IdempotentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(
            String requestHash,
            @Nullable Integer status,
            @Nullable String contentType,
            @Nullable String location,
            @Nullable String etag,
            byte @Nullable [] body) {
        boolean finished() {
            return status != null;
        }
    }

    Optional<Stored> find(String principal, String key) {
        return jdbc.sql(
                        """
                select request_hash, status, content_type, location, etag, body from shared.idempotent_request
                 where principal = :principal and key = :key and created_at > now() - interval '24 hours'
                """)
                .param("principal", principal)
                .param("key", key)
                .query((rs, n) -> new Stored(
                        rs.getString(1),
                        (Integer) rs.getObject(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBytes(6)))
                .optional();
    }

    /** Claims the key for a request now starting; false when another request holds it. */
    boolean claim(String principal, String key, String requestHash) {
        jdbc.sql("delete from shared.idempotent_request where principal = :principal and key = :key"
                        + " and created_at <= now() - interval '24 hours'")
                .param("principal", principal)
                .param("key", key)
                .update();
        return jdbc.sql(
                                """
                insert into shared.idempotent_request (principal, key, request_hash) values (:principal, :key, :hash)
                on conflict do nothing
                """)
                        .param("principal", principal)
                        .param("key", key)
                        .param("hash", requestHash)
                        .update()
                == 1;
    }

    void complete(String principal, String key, Stored answer) {
        jdbc.sql(
                        """
                update shared.idempotent_request set status = :status, content_type = :contentType,
                       location = :location, etag = :etag, body = :body
                 where principal = :principal and key = :key
                """)
                .param("principal", principal)
                .param("key", key)
                .param("status", answer.status())
                .param("contentType", answer.contentType())
                .param("location", answer.location())
                .param("etag", answer.etag())
                .param("body", answer.body())
                .update();
    }

    void release(String principal, String key) {
        jdbc.sql("delete from shared.idempotent_request where principal = :principal and key = :key")
                .param("principal", principal)
                .param("key", key)
                .update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldAnswers() {
        jdbc.sql("delete from shared.idempotent_request where created_at < now() - interval '24 hours'")
                .update();
    }
}
