package org.pravaas.skills.profile;

import java.util.Locale;

/** Where the recognition of a qualification stands in the country that must accept it. */
public enum Recognition {
    NOT_REQUESTED,
    PENDING,
    RECOGNISED,
    PARTIAL,
    REFUSED;

    public String messageKey() {
        return "skills.recognition." + name().toLowerCase(Locale.ROOT);
    }
}
