package org.pravaas.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.internal.AuditEntries;
import org.pravaas.audit.internal.HashChain;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records and reads the audit log. {@link #record} joins the caller's transaction, so an entry
 * exists exactly when the change it describes was committed.
 */
@Service
public class AuditLog {
    private final AuditEntries entries;

    AuditLog(AuditEntries entries) {
        this.entries = entries;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(AuditEvent event) {
        entries.lockChain();
        AuditEntries.Head head = entries.head();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AuditEntry unsealed = new AuditEntry(
                head.seq() + 1,
                at,
                actorOf(event),
                clientAddress(),
                event.action(),
                event.objectType(),
                event.objectId(),
                event.officeId(),
                event.reason(),
                event.details(),
                head.hash(),
                "");
        AuditEntry sealed = HashChain.seal(unsealed);
        entries.append(sealed);
        return sealed;
    }

    /** Records outside any surrounding transaction: for events that must stay even if it rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEntry recordNow(AuditEvent event) {
        return record(event);
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
        return entries.search(query, page, ZoneOffset.UTC);
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        return entries.verify();
    }

    private static String actorOf(AuditEvent event) {
        if (event.actor() != null) {
            return event.actor();
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }

    private static @Nullable String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
