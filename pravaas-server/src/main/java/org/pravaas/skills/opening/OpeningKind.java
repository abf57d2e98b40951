package org.pravaas.skills.opening;

import java.util.Locale;

/** An assignment at home for a returning or diaspora expert, or a vacancy abroad for a worker. */
public enum OpeningKind {
    ASSIGNMENT,
    VACANCY;

    public String messageKey() {
        return "skills.opening-kind." + name().toLowerCase(Locale.ROOT);
    }
}
