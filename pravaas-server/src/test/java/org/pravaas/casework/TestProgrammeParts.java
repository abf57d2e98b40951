package org.pravaas.casework;

import java.util.List;
import org.pravaas.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * A programme section and a programme rule for the emergency programme, as the programme modules
 * add theirs: the tests check the engine shows the one and applies the other.
 */
final class TestProgrammeParts {
    static final String REFUSED_REASON = "refused by the test guard";

    private TestProgrammeParts() {}

    @Component
    static class Panel implements CasePanel {
        @Override
        public String programme() {
            return "emergency";
        }

        @Override
        public String titleKey() {
            return "casework.programme.emergency";
        }

        @Override
        public String template() {
            return "casework/test-panel";
        }

        @Override
        public Object model(CaseSummary kase) {
            return "panel of " + kase.programme();
        }
    }

    @Component
    static class Guard implements TransitionGuard {
        private final org.pravaas.casework.file.CaseParts parts;

        Guard(org.pravaas.casework.file.CaseParts parts) {
            this.parts = parts;
        }

        @Override
        public String programme() {
            return "emergency";
        }

        @Override
        public List<RuleViolation> check(CaseSummary kase, String fromStage, String toStage) {
            boolean refused =
                    REFUSED_REASON.equals(parts.values(kase.id().value()).get("exit_reason"));
            return refused ? List.of(new RuleViolation(toStage, "casework.closed")) : List.of();
        }
    }
}
