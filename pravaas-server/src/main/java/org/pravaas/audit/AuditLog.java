package org.pravaas.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records and reads the audit log. {@link #record} joins the caller's transaction, so an entry
 * exists exactly when the change it describes was committed. Entries are chained (each hash
 * covers the previous one) under one lock; taking it just before commit keeps concurrent
 * writers from queueing behind each other's whole transactions.
 */
@Service
public class AuditLog {
    private final AuditEntries entries;

    AuditLog(AuditEntries entries) {
        this.entries = entries;
    }

    /**
     * Records the event in the caller's transaction. The entry is chained just before that
     * transaction commits, so the chain's lock is held only for the append and the commit, not
     * while the caller goes on working; without a transaction it is chained at once.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditEvent event) {
        Unsealed entry = unsealed(event);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            chain(List.of(entry));
            return;
        }
        // The synchronizations are the current transaction's own (an outer one's are suspended).
        SealAtCommit seal = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(x -> x instanceof SealAtCommit own && own.log() == this)
                .map(SealAtCommit.class::cast)
                .findFirst()
                .orElseGet(() -> {
                    SealAtCommit fresh = new SealAtCommit();
                    TransactionSynchronizationManager.registerSynchronization(fresh);
                    return fresh;
                });
        seal.batch.add(entry);
    }

    /** Records and chains at once, outside any surrounding transaction: for events that must stay even if it rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEntry recordNow(AuditEvent event) {
        return chain(List.of(unsealed(event))).get(0);
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
        return entries.search(query, page, ZoneOffset.UTC);
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        return entries.verify();
    }

    /** An event with who, from where and when, taken when it happened. */
    private record Unsealed(AuditEvent event, Instant at, String actor, @Nullable String ip) {}

    private static Unsealed unsealed(AuditEvent event) {
        return new Unsealed(event, Instant.now().truncatedTo(ChronoUnit.MICROS), actorOf(event), clientAddress());
    }

    private List<AuditEntry> chain(List<Unsealed> batch) {
        entries.lockChain();
        AuditEntries.Head head = entries.head();
        List<AuditEntry> sealed = new ArrayList<>(batch.size());
        long seq = head.seq();
        String previous = head.hash();
        for (Unsealed u : batch) {
            AuditEvent e = u.event();
            AuditEntry entry = HashChain.seal(new AuditEntry(
                    ++seq,
                    u.at(),
                    u.actor(),
                    u.ip(),
                    e.action(),
                    e.objectType(),
                    e.objectId(),
                    e.officeId(),
                    e.reason(),
                    e.details(),
                    previous,
                    ""));
            entries.append(entry);
            sealed.add(entry);
            previous = entry.hash();
        }
        return sealed;
    }

    /** Chains the transaction's entries as its last work before commit; a rollback drops them with it. */
    private final class SealAtCommit implements TransactionSynchronization {
        private final List<Unsealed> batch = new ArrayList<>();

        AuditLog log() {
            return AuditLog.this;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!batch.isEmpty()) chain(List.copyOf(batch));
            batch.clear();
        }
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
