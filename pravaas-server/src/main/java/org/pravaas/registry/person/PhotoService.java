package org.pravaas.registry.person;

import java.util.Optional;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.OfficeId;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's photo: JPEG or PNG only, recognised by its bytes (not by the name or the type the
 * browser claims), at most {@link #MAX_BYTES}; shown only to roles that identify or help people.
 */
@Service
public class PhotoService {
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private final PersonStore store;
    private final Access access;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    PhotoService(PersonStore store, Access access, AuditLog audit, JdbcClient jdbc) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** A stored photo. */
    public record Photo(String contentType, byte[] content) {}

    @Transactional
    public void upload(UUID personId, byte[] content) {
        access.requireRole(RegistryRoles.WRITE);
        Person p = person(personId);
        if (content.length > MAX_BYTES)
            throw new RuleViolation("photo", "registry.photo.too-large", MAX_BYTES / 1024 / 1024);
        String type = typeOf(content).orElseThrow(() -> new RuleViolation("photo", "registry.photo.type"));
        jdbc.sql(
                        """
                insert into registry.photo (person_id, content_type, content) values (:id, :type, :content)
                on conflict (person_id) do update set content_type = :type, content = :content, uploaded_at = now()
                """)
                .param("id", personId)
                .param("type", type)
                .param("content", content)
                .update();
        audit.record(AuditEvent.of("person.photo-changed", "person", personId, p.officeId()));
    }

    @Transactional
    public Optional<Photo> photo(UUID personId) {
        CurrentUser user = access.requireRole(RegistryRoles.READ);
        if (!RegistryRoles.seesSensitive(user))
            throw new AccessDeniedException("photo needs a role that identifies people");
        Person p = person(personId);
        Optional<Photo> photo = jdbc.sql("select content_type, content from registry.photo where person_id = :id")
                .param("id", personId)
                .query((rs, n) -> new Photo(rs.getString(1), rs.getBytes(2)))
                .optional();
        photo.ifPresent(x -> audit.record(AuditEvent.of("person.photo-read", "person", personId, p.officeId())));
        return photo;
    }

    public boolean exists(UUID personId) {
        return jdbc.sql("select count(*) from registry.photo where person_id = :id")
                        .param("id", personId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    static Optional<String> typeOf(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    private Person person(UUID id) {
        Person p = store.persons().find(id).orElseThrow(() -> new NotFoundException("person", id));
        access.requireOffice(new OfficeId(p.officeId()));
        return p;
    }
}
