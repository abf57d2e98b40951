package org.pravaas.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEntry;

/**
 * The SHA-256 chain over audit entries. Each field is written with its length first, so no
 * two different entries can produce the same input by shifting text between fields.
 */
public final class HashChain {
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {}

    public static AuditEntry seal(AuditEntry e) {
        return new AuditEntry(
                e.seq(),
                e.at(),
                e.actor(),
                e.ip(),
                e.action(),
                e.objectType(),
                e.objectId(),
                e.officeId(),
                e.reason(),
                e.details(),
                e.prevHash(),
                hashOf(e));
    }

    public static String hashOf(AuditEntry e) {
        MessageDigest digest = sha256();
        long micros = ChronoUnit.MICROS.between(java.time.Instant.EPOCH, e.at());
        update(digest, Long.toString(e.seq()));
        update(digest, Long.toString(micros));
        update(digest, e.actor());
        update(digest, e.ip());
        update(digest, e.action());
        update(digest, e.objectType());
        update(digest, e.objectId());
        update(digest, e.officeId() == null ? null : e.officeId().toString());
        update(digest, e.reason());
        update(digest, e.details());
        update(digest, e.prevHash());
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, @Nullable String field) {
        if (field == null) {
            digest.update("-1:".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
