package org.pravaas.voting.register;

import java.util.Locale;

/** Sex as the voter's documents state it. */
public enum Sex {
    F,
    M,
    X;

    public String messageKey() {
        return "voting.sex." + name().toLowerCase(Locale.ROOT);
    }
}
