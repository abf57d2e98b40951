package org.pravaas.governance.session;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.pravaas.governance.LocalizedText;

/** A resolution or decision of a session: adopted by consensus or by a vote. */
public record Resolution(
        UUID id,
        UUID sessionId,
        String number,
        LocalizedText titles,
        String body,
        LocalDate adoptedOn,
        Adoption adoption) {

    /** How it was adopted. */
    public enum Adoption {
        CONSENSUS,
        VOTE;

        public String messageKey() {
            return "governance.adoption." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** A member state's vote on it. */
    public record Vote(String country, Choice choice) {}

    /** Yes, no or abstention. */
    public enum Choice {
        YES,
        NO,
        ABSTAIN;

        public String messageKey() {
            return "governance.vote." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** The tally of the votes cast. */
    public record Tally(int yes, int no, int abstain) {}
}
