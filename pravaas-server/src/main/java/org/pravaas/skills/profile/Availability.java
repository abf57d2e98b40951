package org.pravaas.skills.profile;

import java.util.Locale;

/** How a person can work: a short assignment (weeks to months), long term or for good, or virtually from abroad. */
public enum Availability {
    SHORT_ASSIGNMENT,
    LONG_TERM,
    VIRTUAL;

    public String messageKey() {
        return "skills.availability." + name().toLowerCase(Locale.ROOT);
    }
}
