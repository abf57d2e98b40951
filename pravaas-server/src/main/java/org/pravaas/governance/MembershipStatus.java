package org.pravaas.governance;

import java.util.Locale;

/** How a state takes part: as a member (votes, is assessed) or as an observer. */
public enum MembershipStatus {
    MEMBER,
    OBSERVER;

    public String messageKey() {
        return "governance.status." + name().toLowerCase(Locale.ROOT);
    }
}
