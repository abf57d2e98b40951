package org.pravaas.casework.file;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.definition.Definition;
import org.pravaas.casework.definition.Definitions;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maker–checker: a proposed stage change is approved or rejected by someone with a writing role
 * over the case's office who did not propose it. Approval checks the transition again (the case
 * may have changed since), then applies it as proposed.
 */
@Service
public class Approvals {
    private final Proposals proposals;
    private final CaseAccess access;
    private final CaseFiles files;
    private final Definitions definitions;
    private final TransitionCheck check;
    private final StageMoves moves;

    Approvals(
            Proposals proposals,
            CaseAccess access,
            CaseFiles files,
            Definitions definitions,
            TransitionCheck check,
            StageMoves moves) {
        this.proposals = proposals;
        this.access = access;
        this.files = files;
        this.definitions = definitions;
        this.check = check;
        this.moves = moves;
    }

    @Transactional
    public void approve(UUID proposalId) {
        Proposals.Proposal p = decidable(proposalId);
        CaseFile c = files.lock(p.caseId()).orElseThrow();
        if (!c.summary().stage().equals(p.from())) {
            throw new RuleViolation("", "casework.approval.case-moved");
        }
        Definition d = definitions.get(c.summary().programme(), c.summary().definitionVersion());
        check.check(c, d, p.to());
        Instant now = moves.now();
        String by = access.actor();
        proposals.decide(p.id(), "APPROVED", by, now, null);
        moves.apply(c, d, p.to(), p.proposedBy(), now, by);
    }

    @Transactional
    public void reject(UUID proposalId, @Nullable String reason) {
        Proposals.Proposal p = decidable(proposalId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RuleViolation("reason", "casework.approval.reason-required");
        }
        Instant now = moves.now();
        proposals.decide(p.id(), "REJECTED", access.actor(), now, why);
        files.touch(p.caseId());
        moves.rejected(p, now);
    }

    /**
     * Pending proposals of cases in the user's offices, oldest first, for those who may decide
     * them; restricted programmes only for protection officers.
     */
    @Transactional(readOnly = true)
    public List<Proposals.Proposal> pending() {
        return proposals.pendingIn(access.queue(CaseRoles.WRITE), 200);
    }

    /**
     * The proposal, locked after its case: a move, a withdrawal or a transfer locks the case and
     * then touches its proposal, so taking the locks in the other order here would deadlock.
     */
    private Proposals.Proposal decidable(UUID proposalId) {
        UUID caseId = proposals
                .find(proposalId)
                .orElseThrow(() -> new NotFoundException("proposal", proposalId))
                .caseId();
        access.write(new CaseId(caseId));
        files.lock(caseId);
        Proposals.Proposal p = proposals.lock(proposalId).orElseThrow();
        if (!p.pending()) {
            throw new RuleViolation("", "casework.approval.not-pending");
        }
        if (p.proposedBy().equals(access.actor())) {
            throw new RuleViolation("", "casework.approval.own-proposal");
        }
        return p;
    }
}
