package org.pravaas.casework.programme.resettlement;

import org.pravaas.casework.CaseStageChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows the engine's stage changes: a case that reaches {@code arrived} counts as arrived, and
 * one {@code withdrawn} gives its places back to the quota. It runs inside the stage change's own
 * transaction (same module), so the quota moves with the case or not at all, and the other
 * programmes' stage changes cost no stored event publication and no second transaction.
 */
@Component
class ResettlementFollower {
    private final Submissions submissions;

    ResettlementFollower(Submissions submissions) {
        this.submissions = submissions;
    }

    @EventListener
    void on(CaseStageChanged e) {
        if (!e.programme().equals(ResettlementService.PROGRAMME)) return;
        if (e.to().equals("arrived")) submissions.arrived(e.id().value(), e.at());
        if (e.to().equals("withdrawn")) submissions.withdrawn(e.id().value(), e.at());
    }
}
