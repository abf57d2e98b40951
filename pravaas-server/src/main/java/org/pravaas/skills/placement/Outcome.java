package org.pravaas.skills.placement;

import java.util.Locale;

/** How the end-of-assignment evaluation judges a placement against its objectives. */
public enum Outcome {
    OBJECTIVES_MET,
    PARTLY_MET,
    NOT_MET;

    public String messageKey() {
        return "skills.outcome." + name().toLowerCase(Locale.ROOT);
    }
}
