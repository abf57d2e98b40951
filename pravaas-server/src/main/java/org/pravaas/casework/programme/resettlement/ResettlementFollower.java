package org.pravaas.casework.programme.resettlement;

import org.pravaas.casework.CaseStageChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Counts a resettled case as arrived when the engine moves it to {@code arrived}. */
@Component
class ResettlementFollower {
    private final Submissions submissions;

    ResettlementFollower(Submissions submissions) {
        this.submissions = submissions;
    }

    @ApplicationModuleListener
    void on(CaseStageChanged e) {
        if (e.programme().equals(ResettlementService.PROGRAMME) && e.to().equals("arrived")) {
            submissions.arrived(e.id().value(), e.at());
        }
    }
}
