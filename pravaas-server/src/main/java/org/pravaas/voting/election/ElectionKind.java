package org.pravaas.voting.election;

import java.util.Locale;

/** What is being elected. */
public enum ElectionKind {
    PRESIDENTIAL,
    PARLIAMENTARY,
    REFERENDUM,
    LOCAL;

    public String messageKey() {
        return "voting.kind." + name().toLowerCase(Locale.ROOT);
    }
}
