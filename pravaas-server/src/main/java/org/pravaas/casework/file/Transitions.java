package org.pravaas.casework.file;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.definition.Definition;
import org.pravaas.casework.definition.Definitions;
import org.pravaas.shared.Ids;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.StaleUpdateException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage changes and form saves, the only way a case's stage or values change: checked against the
 * version the user saw, the case's own definition version and {@link TransitionCheck}; a transition
 * marked "requires approval" becomes a proposal instead. Everything runs in one transaction.
 */
@Service
public class Transitions {
    private final CaseAccess access;
    private final CaseFiles files;
    private final Definitions definitions;
    private final FieldValues values;
    private final TransitionCheck check;
    private final StageMoves moves;
    private final Proposals proposals;

    Transitions(
            CaseAccess access,
            CaseFiles files,
            Definitions definitions,
            FieldValues values,
            TransitionCheck check,
            StageMoves moves,
            Proposals proposals) {
        this.access = access;
        this.files = files;
        this.definitions = definitions;
        this.values = values;
        this.check = check;
        this.moves = moves;
        this.proposals = proposals;
    }

    /** What a requested stage change did. */
    public enum Outcome {
        MOVED,
        PROPOSED
    }

    /** Saves the values given with the move, then moves the case (or proposes the move). */
    @Transactional
    public Outcome move(CaseId id, long version, String to, Map<String, String> given) {
        CaseFile c = locked(id, version);
        Definition d = definitions.get(c.summary().programme(), c.summary().definitionVersion());
        String by = access.actor();
        Instant now = moves.now();
        List<String> extra = d.transition(c.summary().stage(), to)
                .map(Definition.Transition::requires)
                .orElse(List.of());
        List<String> changed = values.save(c, d, given, extra, by, now);
        if (!changed.isEmpty()) moves.saved(c, new java.util.HashSet<>(changed));
        Definition.Transition t = check.check(c, d, to);
        if (t.approval()) {
            if (proposals.pendingOf(id.value()).isPresent()) {
                throw new RuleViolation("to", "casework.approval.already-pending");
            }
            proposals.insert(new Proposals.Proposal(
                    Ids.newId(),
                    id.value(),
                    c.summary().officeId(),
                    c.summary().stage(),
                    to,
                    "PENDING",
                    by,
                    now,
                    null,
                    null,
                    null));
            files.touch(id.value());
            moves.proposed(c, to, now);
            return Outcome.PROPOSED;
        }
        moves.apply(c, d, to, by, now, null);
        return Outcome.MOVED;
    }

    /** Saves the case's form for its current stage. */
    @Transactional
    public void save(CaseId id, long version, Map<String, String> given) {
        CaseFile c = locked(id, version);
        Definition d = definitions.get(c.summary().programme(), c.summary().definitionVersion());
        List<String> changed = values.save(c, d, given, List.of(), access.actor(), moves.now());
        if (!changed.isEmpty()) {
            files.touch(id.value());
            moves.saved(c, new java.util.HashSet<>(changed));
        }
    }

    /** Gives the case to a caseworker (or to nobody). */
    @Transactional
    public void assign(CaseId id, long version, @org.jspecify.annotations.Nullable String caseworker) {
        CaseFile c = locked(id, version);
        String who = caseworker == null || caseworker.isBlank() ? null : caseworker.strip();
        files.assign(id.value(), who);
        moves.assigned(c, who);
    }

    /**
     * Moves the case to the programme's newest definition, explicitly: refused when its stage no
     * longer exists there. Values of fields the new version lacks stay stored but are not shown.
     */
    @Transactional
    public void upgrade(CaseId id, long version) {
        CaseFile c = locked(id, version);
        Definition newest = definitions.current(c.summary().programme());
        if (newest.version() == c.summary().definitionVersion()) {
            throw new RuleViolation("", "casework.upgrade.already-newest");
        }
        if (newest.stage(c.summary().stage()).isEmpty()) {
            throw new RuleViolation("", "casework.upgrade.stage-missing");
        }
        files.upgrade(id.value(), newest.version());
        moves.upgraded(c, newest.version());
    }

    /** The case, writable by the user, locked, and still at the version they saw. */
    CaseFile locked(CaseId id, long version) {
        access.write(id);
        CaseFile c = files.lock(id.value()).orElseThrow();
        if (c.summary().version() != version) {
            throw new StaleUpdateException("case", id, c.summary().version());
        }
        return c;
    }
}
