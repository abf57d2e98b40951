package org.pravaas.governance.organ;

import java.util.Locale;

/** The plenary of all members, an executive organ, or a sub-committee of one. */
public enum OrganKind {
    PLENARY,
    EXECUTIVE,
    SUBCOMMITTEE;

    public String messageKey() {
        return "governance.organ.kind." + name().toLowerCase(Locale.ROOT);
    }
}
