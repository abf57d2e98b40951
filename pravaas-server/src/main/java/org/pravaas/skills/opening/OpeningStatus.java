package org.pravaas.skills.opening;

import java.util.Locale;

/** An opening takes offers while open. */
public enum OpeningStatus {
    OPEN,
    CLOSED;

    public String messageKey() {
        return "skills.opening-status." + name().toLowerCase(Locale.ROOT);
    }
}
