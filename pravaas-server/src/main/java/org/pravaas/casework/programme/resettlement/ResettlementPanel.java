package org.pravaas.casework.programme.resettlement;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.CasePanel;
import org.pravaas.casework.CaseSummary;
import org.springframework.stereotype.Component;

/** The submission, decision and arrival on a resettlement case's page, with their forms. */
@Component
public class ResettlementPanel implements CasePanel {
    private final Submissions submissions;

    ResettlementPanel(Submissions submissions) {
        this.submissions = submissions;
    }

    /** What the panel shows: the submission if any, and which form the case's stage calls for. */
    public record Model(@Nullable Submission submission, boolean canSubmit, boolean canDecide) {}

    @Override
    public String programme() {
        return ResettlementService.PROGRAMME;
    }

    @Override
    public String titleKey() {
        return "resettlement.panel.title";
    }

    @Override
    public String template() {
        return "casework/programme/resettlement";
    }

    @Override
    public Object model(CaseSummary kase) {
        Optional<Submission> s = submissions.find(kase.id().value());
        return new Model(
                s.orElse(null),
                kase.open() && s.isEmpty() && kase.stage().equals("submission"),
                kase.open() && s.isPresent() && s.get().decision() == null);
    }
}
