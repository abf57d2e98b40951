package org.pravaas.voting.register;

import java.util.Locale;

/**
 * Where a registration stands: on the list, held for review as a probable second registration,
 * rejected on review, or struck off after an upheld challenge.
 */
public enum VoterStatus {
    REGISTERED,
    HELD,
    REJECTED,
    STRUCK;

    public String messageKey() {
        return "voting.voter.status." + name().toLowerCase(Locale.ROOT);
    }
}
