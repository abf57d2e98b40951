package org.pravaas.registry.matching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.OfficeId;
import org.pravaas.registry.PersonId;
import org.pravaas.registry.PersonUnmerged;
import org.pravaas.registry.PersonsMerged;
import org.pravaas.registry.matching.Survivorship.Choices;
import org.pravaas.registry.person.Document;
import org.pravaas.registry.person.Person;
import org.pravaas.registry.person.PersonStore;
import org.pravaas.registry.person.RegistryRoles;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.StaleUpdateException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two records of one person and undoes a merge. A merge keeps every document and name;
 * an unmerge puts both records back as they were before the merge and the documents where they
 * were. Other modules follow through {@link PersonsMerged} and {@link PersonUnmerged}.
 */
@Service
public class MergeService {
    private final PersonStore store;
    private final Merges merges;
    private final DuplicatePairs pairs;
    private final Access access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    MergeService(
            PersonStore store,
            Merges merges,
            DuplicatePairs pairs,
            Access access,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.store = store;
        this.merges = merges;
        this.pairs = pairs;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    /** Merges {@code mergedId} into {@code survivorId}; returns the merge's id. */
    @Transactional
    public UUID merge(UUID survivorId, UUID mergedId, boolean nameFromMerged, boolean birthFromMerged) {
        CurrentUser user = access.requireRole(RegistryRoles.REVIEW);
        if (survivorId.equals(mergedId)) throw new RuleViolation("", "registry.merge.same-record");
        Person survivor = active(survivorId);
        Person merged = active(mergedId);
        Instant now = store.clock().instant();
        List<UUID> moved =
                store.documents().of(mergedId).stream().map(Document::id).toList();
        UUID id = Ids.newId();
        merges.insert(
                id,
                survivorId,
                mergedId,
                store.history().toJson(survivor),
                store.history().toJson(merged),
                movedJson(moved),
                user.username());
        store.documents().move(moved, survivorId);
        Person combined = Survivorship.combine(
                survivor,
                merged,
                new Choices(nameFromMerged, birthFromMerged),
                survivor.version() + 1,
                now,
                user.username());
        write(combined, survivor.version(), "merge");
        write(merged.mergedInto(survivorId, now, user.username()), merged.version(), "merged-into");
        pairs.setStatusOf(survivorId, mergedId, PairStatus.MERGED);
        audit.record(AuditEvent.of("person.merged", "person", survivorId, survivor.officeId())
                .withDetails("merged=" + mergedId + " merge=" + id));
        events.publishEvent(new PersonsMerged(id, new PersonId(survivorId), new PersonId(mergedId)));
        return id;
    }

    /** Undoes a merge; a later merge of either record must be undone first. */
    @Transactional
    public void unmerge(UUID mergeId) {
        CurrentUser user = access.requireRole(RegistryRoles.REVIEW);
        Merge m = merges.find(mergeId).orElseThrow(() -> new NotFoundException("merge", mergeId));
        if (m.undoneAt() != null) throw new RuleViolation("", "registry.unmerge.already-undone");
        if (merges.laterMergeExists(m)) throw new RuleViolation("", "registry.unmerge.later-merge");
        Person survivorNow = inScope(m.survivorId());
        Person mergedNow = inScope(m.mergedId());
        Instant now = store.clock().instant();
        Person survivorBefore = store.history().fromJson(m.survivorBefore());
        Person mergedBefore = store.history().fromJson(m.mergedBefore());
        store.documents().move(movedDocuments(m.moved()), m.mergedId());
        write(
                survivorBefore.restamped(survivorNow.version() + 1, now, user.username()),
                survivorNow.version(),
                "unmerged");
        write(mergedBefore.restamped(mergedNow.version() + 1, now, user.username()), mergedNow.version(), "unmerged");
        merges.undone(mergeId, user.username());
        pairs.setStatusOf(m.survivorId(), m.mergedId(), PairStatus.NOT_SAME);
        audit.record(AuditEvent.of("person.unmerged", "person", m.survivorId(), survivorNow.officeId())
                .withDetails("restored=" + m.mergedId() + " merge=" + mergeId));
        events.publishEvent(new PersonUnmerged(mergeId, new PersonId(m.survivorId()), new PersonId(m.mergedId())));
    }

    /** The merges a person took part in, newest first. */
    @Transactional(readOnly = true)
    public List<Merge> history(UUID person) {
        inScope(person);
        return merges.of(person);
    }

    private void write(Person next, int expected, String change) {
        if (!store.update(next, expected, change)) throw new StaleUpdateException("person", next.id(), expected);
    }

    private Person active(UUID id) {
        Person p = inScope(id);
        if (p.merged()) throw new RuleViolation("", "registry.person.merged", p.reference());
        return p;
    }

    private Person inScope(UUID id) {
        Person p = store.persons().find(id).orElseThrow(() -> new NotFoundException("person", id));
        access.requireOffice(new OfficeId(p.officeId()));
        return p;
    }

    private static String movedJson(List<UUID> documents) {
        return "{\"documents\":["
                + String.join(",", documents.stream().map(d -> "\"" + d + "\"").toList()) + "]}";
    }

    private static List<UUID> movedDocuments(String json) {
        return java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f-]{27}")
                .matcher(json)
                .results()
                .map(r -> UUID.fromString(r.group()))
                .toList();
    }
}
