package org.pravaas.casework.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.CaseSummary;
import org.pravaas.casework.Cases;
import org.pravaas.casework.file.CaseEffects;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files kept with a case in the database (backed up and access-checked with it): refused, with
 * nothing stored, when too large, empty, or not truly of an accepted kind. Downloads are audited.
 */
@Service
public class AttachmentService {
    private final JdbcClient jdbc;
    private final Cases cases;
    private final CaseEffects effects;
    private final long maxBytes;

    AttachmentService(
            JdbcClient jdbc,
            Cases cases,
            CaseEffects effects,
            @Value("${pravaas.casework.max-attachment-bytes:10485760}") long maxBytes) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.effects = effects;
        this.maxBytes = maxBytes;
    }

    /** An attachment as listed (without its content). */
    public record Attachment(
            UUID id,
            UUID caseId,
            String filename,
            String contentType,
            long size,
            String sha256,
            Instant uploadedAt,
            String uploadedBy) {}

    /** An attachment with its bytes, for a download. */
    public record Download(Attachment attachment, byte[] content) {}

    /** An uploaded file's bytes, read only after the user's access and the declared size were checked. */
    @FunctionalInterface
    public interface Content {
        byte[] read() throws IOException;
    }

    @Transactional
    public UUID upload(CaseId caseId, @Nullable String originalName, byte[] content) {
        return store(caseId, originalName, content.length, () -> content);
    }

    /** Uploads a file of the declared size; its bytes are read only if the size is allowed. */
    @Transactional
    public UUID upload(CaseId caseId, @Nullable String originalName, long size, Content bytes) {
        return store(caseId, originalName, size, bytes);
    }

    private UUID store(CaseId caseId, @Nullable String originalName, long size, Content bytes) {
        CaseSummary c = cases.write(caseId);
        String name = FileNames.sanitise(originalName);
        checkSize(size);
        byte[] content;
        try {
            content = bytes.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checkSize(content.length);
        FileKind kind = FileKind.sniff(content)
                .filter(k -> k.named(name))
                .orElseThrow(() -> new RuleViolation("file", "casework.attachment.type-refused"));
        UUID id = Ids.newId();
        Instant now = effects.now();
        jdbc.sql(
                        """
                insert into casework.attachment (id, case_id, filename, content_type, size, sha256, content,
                    uploaded_at, uploaded_by)
                values (:id, :c, :name, :type, :size, :sha, :content, :at, :by)
                """)
                .param("id", id)
                .param("c", caseId.value())
                .param("name", name)
                .param("type", kind.contentType())
                .param("size", content.length)
                .param("sha", sha256(content))
                .param("content", content)
                .param("at", Timestamp.from(now))
                .param("by", effects.actor())
                .update();
        effects.timeline(caseId, "casework.timeline.attachment-added", List.of(name), now);
        effects.audit(AuditEvent.of("casework.attachment.added", "case", caseId, c.officeId())
                .withDetails("type=" + kind + " bytes=" + content.length));
        return id;
    }

    /** The case's attachments, newest first (the caller has read the case). */
    private void checkSize(long size) {
        if (size == 0) {
            throw new RuleViolation("file", "casework.attachment.empty");
        }
        if (size > maxBytes) {
            throw new RuleViolation("file", "casework.attachment.too-large", maxBytes / (1024 * 1024));
        }
    }

    @Transactional(readOnly = true)
    public List<Attachment> of(CaseId caseId) {
        return jdbc.sql("select id, case_id, filename, content_type, size, sha256, uploaded_at, uploaded_by"
                        + " from casework.attachment where case_id = :c order by uploaded_at desc")
                .param("c", caseId.value())
                .query((rs, n) -> new Attachment(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getString(8)))
                .list();
    }

    /** The file, once the user may read its case; the download is audited. */
    @Transactional
    public Download download(CaseId caseId, UUID attachmentId) {
        CaseSummary c = cases.read(caseId);
        Attachment a = of(caseId).stream()
                .filter(x -> x.id().equals(attachmentId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        byte[] content = jdbc.sql("select content from casework.attachment where id = :id")
                .param("id", attachmentId)
                .query(byte[].class)
                .single();
        effects.audit(AuditEvent.of("casework.attachment.downloaded", "attachment", attachmentId, c.officeId()));
        return new Download(a, content);
    }

    public long maxBytes() {
        return maxBytes;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
